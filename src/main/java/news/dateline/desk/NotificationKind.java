package news.dateline.desk;

import java.util.Locale;
import news.dateline.article.StoryEvent;

/** Why someone is told about a story. */
public enum NotificationKind {
    /** To the editors: a story waits for review. */
    SUBMITTED,
    /** To the writer: an editor sent the story back with a note. */
    RETURNED,
    /** To the writer: the story will be published at a planned time. */
    SCHEDULED,
    /** To the writer: the story is on the site. */
    PUBLISHED,
    /** To the writer: a correction was published on the story. */
    CORRECTED,
    /** To a colleague named with @ in a note. */
    MENTIONED;

    /** The notification that tells people about something that happened to a story. */
    static NotificationKind of(StoryEvent.Kind happened) {
        return valueOf(happened.name());
    }

    /** The key of the message that says it, e.g. {@code notifications.kind.submitted}. */
    public String messageKey() {
        return "notifications.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The key of the e-mail's subject, e.g. {@code mail.subject.returned}: "{0} returned “{1}” with a note". */
    public String mailSubjectKey() {
        return "mail.subject." + name().toLowerCase(Locale.ROOT);
    }
}
