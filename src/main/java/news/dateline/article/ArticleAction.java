package news.dateline.article;

import java.util.EnumSet;
import java.util.Set;
import news.dateline.account.Permission;

/**
 * What can be done to an article besides editing it, each with the statuses it may start from and
 * the permission it needs. The editor offers exactly the actions {@link Article#allowedActions()}
 * and the person's role allow; the entity refuses any other.
 */
public enum ArticleAction {
    SUBMIT(Permission.SUBMIT_ARTICLE, ArticleStatus.DRAFT),
    PUBLISH(Permission.PUBLISH_ARTICLE, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED),
    SCHEDULE(Permission.PUBLISH_ARTICLE, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED),
    UNSCHEDULE(Permission.PUBLISH_ARTICLE, ArticleStatus.SCHEDULED),
    WITHDRAW(Permission.WITHDRAW_ARTICLE, ArticleStatus.PUBLISHED),
    RETURN_TO_DRAFT(Permission.RETURN_ARTICLE_TO_DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.SCHEDULED,
            ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN),
    CORRECT(Permission.WRITE_ARTICLE, ArticleStatus.PUBLISHED);

    private final Permission permission;
    private final Set<ArticleStatus> from;

    ArticleAction(Permission permission, ArticleStatus first, ArticleStatus... more) {
        this.permission = permission;
        this.from = EnumSet.of(first, more);
    }

    public Permission permission() {
        return permission;
    }

    /** Whether an article in this status may take this action. */
    public boolean allowedFrom(ArticleStatus status) {
        return from.contains(status);
    }

    /** The form value and template name of the action, e.g. {@code return-to-draft}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
