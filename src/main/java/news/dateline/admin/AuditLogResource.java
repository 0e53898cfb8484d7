package news.dateline.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditEvent;
import news.dateline.audit.AuditFilter;
import news.dateline.audit.AuditLog;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageKey;
import news.dateline.platform.PageRenderer;

/** Admins read the audit log in the browser, newest first, filtered by action, actor, target and dates. */
@Path("/newsroom/audit")
public class AuditLogResource {

    static final int PAGE_SIZE = 100;

    /** A line as the page shows it: the action in words, the target with a link to its page (or none). */
    public record Line(String when, String iso, String action, String actionName, String actor, String target,
                       String targetUrl, String address, String detail) {
    }

    /** An action offered by the filter. */
    public record ActionChoice(String name, String words) {
    }

    @Inject
    AuditLog log;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @GET
    public Response read(@QueryParam("action") String action, @QueryParam("actor") String actor,
                         @QueryParam("target") String target, @QueryParam("from") String from,
                         @QueryParam("until") String until, @QueryParam("before") String before) {
        signedIn.editor().require(Permission.READ_AUDIT_LOG);
        Map<String, String> errors = new LinkedHashMap<>();
        AuditFilter filter = new AuditFilter(checked("action", action, errors, AuditLogResource::action),
                checked("actor", actor, errors, AuditLogResource::blankToNull),
                checked("target", target, errors, AuditLogResource::blankToNull),
                checked("from", from, errors, date -> day(date, 0)), checked("until", until, errors, date -> day(date, 1)));
        PageKey after = errors.isEmpty() ? news.dateline.platform.PagePosition.fromQuery(before) : null;
        List<AuditEvent> slice = errors.isEmpty() ? log.search(filter, after == null ? null : after.at(),
                after == null ? null : after.id(), PAGE_SIZE + 1) : List.of();
        List<AuditEvent> shown = slice.size() > PAGE_SIZE ? slice.subList(0, PAGE_SIZE) : slice;
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("lines", shown.stream().map(this::line).toList());
        model.put("actions", Arrays.stream(AuditAction.values())
                .map(a -> new ActionChoice(a.name(), words(a.name()))).toList());
        Map<String, String> values = new HashMap<>();
        values.put("action", action == null ? "" : action);
        values.put("actor", actor == null ? "" : actor);
        values.put("target", target == null ? "" : target);
        values.put("from", from == null ? "" : from);
        values.put("until", until == null ? "" : until);
        model.put("values", values);
        model.put("olderUrl", slice.size() > PAGE_SIZE ? "/newsroom/audit?" + query(values) + "before="
                + new PageKey(shown.get(shown.size() - 1).getAt(), shown.get(shown.size() - 1).getId()).token() : null);
        return pages.page(errors.isEmpty() ? 200 : 400, "newsroom/audit", model);
    }

    /**
     * One filter's value read by {@code reader}; a value refused (unusable characters, an unknown
     * action, a date that is not one) is kept as typed, its message put next to the field.
     */
    private static <T> T checked(String field, String value, Map<String, String> errors,
                                 java.util.function.Function<String, T> reader) {
        try {
            FormInput.requireUsable(field, value);
            return reader.apply(value);
        } catch (FieldRefused refused) {
            errors.put(field, PageRenderer.message(refused.messageKey(), refused.arguments()));
            return null;
        }
    }

    private Line line(AuditEvent event) {
        AuditTarget target = AuditTarget.of(event.getTarget());
        return new Line(clock.display(event.getAt()), clock.iso(event.getAt()), words(event.getAction()),
                event.getAction(), event.getActorName(), target.text(), target.url(), event.getAddress(),
                event.getDetail());
    }

    /** The action in words; an action no longer known (from an older version) as it was stored. */
    static String words(String action) {
        try {
            return PageRenderer.message("audit.action." + action);
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }

    private static String query(Map<String, String> values) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (!value.isBlank()) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }

    private static AuditAction action(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldRefused("action", "audit.error.action");
        }
    }

    private Instant day(String date, int plusDays) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return clock.startOfDay(date, plusDays);
        } catch (DateTimeException e) {
            throw new FieldRefused("date", "audit.error.date");
        }
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
