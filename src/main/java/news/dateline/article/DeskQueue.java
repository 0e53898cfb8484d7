package news.dateline.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The newsroom's work queues. Each is a condition on {@code article a} (SQL, with the parameters
 * {@code :me}, the viewer's account, and {@code :now}) and the time its list is ordered and paged
 * by, newest first unless it is the next thing to happen.
 */
public enum DeskQueue {

    /** Every story the viewer may see, last changed first. */
    ALL("all", null, "a.updated_at", false),
    /** Stories the viewer created or is bylined on. */
    MINE("mine", DeskQueue.OWN_OR_BYLINED, "a.updated_at", false),
    /** Stories handed to the editors and not yet dealt with. */
    NEEDS_REVIEW("review", "a.status = 'SUBMITTED'", "a.updated_at", false),
    /** Stories waiting for a publication time still to come, next first. */
    SCHEDULED("scheduled", "a.status = 'SCHEDULED' and a.scheduled_at > :now", "a.scheduled_at", true),
    /** Stories sent back from review to their writers: see {@link #RETURNED_FROM_REVIEW}. */
    RETURNED("returned", DeskQueue.RETURNED_FROM_REVIEW, "a.updated_at", false),
    /** Stories on the site, by their publication time. */
    RECENTLY_PUBLISHED("published", "a.status = 'PUBLISHED'", "a.published_at", false);

    /** The viewer's own stories: created by their account, or bylined to a contributor linked to it. */
    static final String OWN_OR_BYLINED = "(a.created_by = :me or exists (select 1 from article_byline ob"
            + " join contributor oc on oc.id = ob.contributor_id where ob.article_id = a.id and oc.account_id = :me))";

    /**
     * A story is "returned" while it is a draft whose latest status change took it from review
     * (submitted) back to draft. Until returning a story with a note is a transition of its own,
     * this is what the transition history can tell.
     */
    static final String RETURNED_FROM_REVIEW = "a.status = 'DRAFT' and (select t.from_status"
            + " from article_transition t where t.article_id = a.id order by t.at desc, t.id desc limit 1)"
            + " = 'SUBMITTED'";

    private final String token;
    private final String condition;
    private final String orderColumn;
    private final boolean ascending;

    DeskQueue(String token, String condition, String orderColumn, boolean ascending) {
        this.token = token;
        this.condition = condition;
        this.orderColumn = orderColumn;
        this.ascending = ascending;
    }

    /** The queue's name in a URL, e.g. {@code review}. */
    public String token() {
        return token;
    }

    /** The queue named in a URL; a blank name is {@link #ALL}, an unknown one empty. */
    public static Optional<DeskQueue> fromToken(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ALL);
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(q -> q.token.equals(wanted)).findFirst();
    }

    /** The time the list is ordered by: last change, scheduled time or publication time. */
    public OrderTime orderTime() {
        return switch (this) {
            case SCHEDULED -> OrderTime.SCHEDULED;
            case RECENTLY_PUBLISHED -> OrderTime.PUBLISHED;
            default -> OrderTime.CHANGED;
        };
    }

    /** Which time of a story a list is ordered, paged and filtered by. */
    public enum OrderTime {
        CHANGED, SCHEDULED, PUBLISHED
    }

    String condition() {
        return condition;
    }

    String orderColumn() {
        return orderColumn;
    }

    boolean ascending() {
        return ascending;
    }
}
