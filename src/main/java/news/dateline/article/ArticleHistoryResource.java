package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;

/** Any two revisions of an article side by side: text word by word, metadata field by field. */
@Path("/newsroom/articles/{id:\\d{1,18}}/compare")
public class ArticleHistoryResource {

    @Inject
    ArticleService articles;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @GET
    public Response compare(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
                            @QueryParam("restore") boolean restore) {
        Editor editor = signedIn.editor();
        if (from == null || to == null) {
            throw new BadRequestException("Choose two revisions to compare.");
        }
        ArticleRevision left = articles.revision(editor, id, from)
                .orElseThrow(() -> new BadRequestException("There is no revision " + from + "."));
        ArticleRevision right = articles.revision(editor, id, to)
                .orElseThrow(() -> new BadRequestException("There is no revision " + to + "."));
        Map<String, Object> model = new HashMap<>();
        model.put("articleId", id);
        model.put("left", new Side(left.getNumber(), clock.display(left.getCreatedAt()), left.reasonInWords()));
        model.put("right", new Side(right.getNumber(), clock.display(right.getCreatedAt()), right.reasonInWords()));
        model.put("fields", FieldComparison.of(left, right));
        model.put("restore", restore ? new Restore(right.getNumber(), articles.forEditing(editor, id).getVersion())
                : null);
        return pages.page("newsroom/article-compare", model);
    }

    /** The confirmation of a restore: the revision on the right replaces the current version. */
    public record Restore(int number, long version) {
    }

    /** Which revision a column shows. */
    public record Side(int number, String when, String reason) {
    }
}
