package news.dateline.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;

/**
 * The signed-in account's notifications, newest first, paged by key. Opening a page of them is
 * reading them: the ones shown are marked read as the page is built (those still unread a moment
 * ago keep their "new" mark on this page). Marking read is idempotent and concerns only the
 * viewer's own notifications, so a GET may do it without a form to click.
 */
@Path("/newsroom/notifications")
public class NotificationsResource {

    static final int PAGE_SIZE = 30;

    /** A notification as the page shows it; {@code messageKey} says what happened. */
    public record Line(String messageKey, String who, String headline, String url, String note, String when,
                       String iso, boolean unread) {
    }

    @Inject
    Inbox inbox;

    @Inject
    UnreadCount unread;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @GET
    public Response list(@QueryParam("before") String before) {
        Editor editor = signedIn.editor();
        Long beforeId = before == null || before.isBlank() ? null : key(before);
        List<Inbox.Item> slice = inbox.page(editor, beforeId, PAGE_SIZE + 1);
        List<Inbox.Item> shown = slice.size() > PAGE_SIZE ? slice.subList(0, PAGE_SIZE) : slice;
        if (shown.stream().anyMatch(Inbox.Item::unread)) {
            inbox.markRead(editor, shown.get(shown.size() - 1).id(), shown.get(0).id());
            unread.forget();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Notifications");
        model.put("lines", shown.stream().map(this::line).toList());
        model.put("olderUrl", slice.size() > PAGE_SIZE
                ? "/newsroom/notifications?before=" + shown.get(shown.size() - 1).id() : null);
        model.put("firstUrl", beforeId == null ? null : "/newsroom/notifications");
        model.put("unread", unread.of(editor));
        return pages.page("newsroom/notifications", model);
    }

    private Line line(Inbox.Item item) {
        return new Line(item.kind().messageKey(), item.actor() == null ? "—" : item.actor(), item.headline(),
                "/newsroom/articles/" + item.articleId(), item.note(), clock.display(item.at()), clock.iso(item.at()),
                item.unread());
    }

    private static long key(String value) {
        String token = value.strip();
        if (!token.matches("\\d{1,18}")) {
            throw new BadRequestException("The page position is not a number.");
        }
        return Long.parseLong(token);
    }
}
