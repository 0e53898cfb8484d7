package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;

/**
 * The newsroom's desk for a live story: one field and one button to post an update (a photo from the
 * library is optional), and the updates posted so far, each of which can be taken off. Editors and admins.
 */
@Path("/newsroom/articles/{id:\\d{1,18}}/live")
public class LiveDeskResource {

    private static final int SHOWN = 100;

    /** An update as the desk lists it. */
    public record UpdateView(long id, String when, String postedBy, String text, String photo) {
    }

    @Inject
    LiveUpdates updates;

    @Inject
    ArticleService articles;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @Inject
    Permalinks links;

    @GET
    public Response desk(@PathParam("id") long id) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        return page(id, 200, Map.of(), Map.of());
    }

    @POST
    public Response post(@PathParam("id") long id, @FormParam("text") String text, @FormParam("photo") String photo) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        try {
            updates.post(signedIn.editor(), id, text, photo);
            return pages.redirectWithFlash(desk(id, ""), "flash.livePosted");
        } catch (FieldRefused refused) {
            Map<String, String> typed = new HashMap<>();
            typed.put("text", text == null ? "" : text);
            typed.put("photo", photo == null ? "" : photo);
            return page(id, 400, typed, Map.of(refused.field(), PageRenderer.message(refused.messageKey(),
                    refused.arguments())));
        }
    }

    @POST
    @Path("{update:\\d{1,18}}/remove")
    public Response remove(@PathParam("id") long id, @PathParam("update") long update) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        try {
            updates.remove(signedIn.editor(), id, update);
            return pages.redirectWithFlash(desk(id, ""), "flash.liveRemoved");
        } catch (FieldRefused refused) {
            return page(id, 400, Map.of(), Map.of(refused.field(), PageRenderer.message(refused.messageKey(),
                    refused.arguments())));
        }
    }

    private Response page(long id, int status, Map<String, String> typed, Map<String, String> errors) {
        Article article = articles.forReading(signedIn.editor(), id);
        List<UpdateView> posted = updates.of(id, SHOWN).stream().map(u -> new UpdateView(u.id(),
                clock.display(u.postedAt()), u.postedBy(), u.text(),
                u.photoId() == null ? null : Long.toString(u.photoId()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("articleId", id);
        model.put("headline", article.getHeadline());
        model.put("published", article.getStatus() == ArticleStatus.PUBLISHED);
        model.put("publicUrl", article.getStatus() == ArticleStatus.PUBLISHED
                ? links.article(article.getPublishedAt(), article.getSlug()) : null);
        model.put("updates", posted);
        model.put("values", typed);
        model.put("errors", errors);
        model.put("maxText", LiveUpdates.MAX_TEXT_LENGTH);
        return pages.page(status, "newsroom/live", model);
    }

    private static String desk(long id, String anchor) {
        return "/newsroom/articles/" + id + "/live" + anchor;
    }
}
