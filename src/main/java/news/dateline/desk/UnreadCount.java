package news.dateline.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import news.dateline.account.Editor;
import news.dateline.newsroom.UnreadNotifications;

/** The header's count of unread notifications: asked once per request, whoever asks. */
@RequestScoped
public class UnreadCount implements UnreadNotifications {

    @Inject
    Inbox inbox;

    private Long count;

    @Override
    public long of(Editor editor) {
        if (count == null) {
            count = inbox.unread(editor);
        }
        return count;
    }

    /** Forgets the count, after notifications were marked read in this request. */
    void forget() {
        count = null;
    }
}
