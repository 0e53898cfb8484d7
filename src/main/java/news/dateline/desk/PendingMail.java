package news.dateline.desk;

import java.time.Instant;

/**
 * A notification e-mail claimed from the outbox, with what its text needs: what happened to which
 * story, who did it (null for the scheduler), the note when there is one, and when.
 *
 * @param attempts how many times it was tried before this attempt
 */
public record PendingMail(long outboxId, String recipient, NotificationKind kind, long articleId, String headline,
                          String actor, String note, Instant at, int attempts) {
}
