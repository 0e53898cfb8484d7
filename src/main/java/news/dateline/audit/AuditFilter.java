package news.dateline.audit;

import java.time.Instant;

/** Which audit lines to show; a null field does not filter. */
public record AuditFilter(AuditAction action, String actor, String target, Instant from, Instant until) {
}
