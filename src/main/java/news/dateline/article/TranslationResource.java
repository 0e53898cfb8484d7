package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;

/**
 * Where an editor links a story to its translation in the other language (by the translation's number), or
 * takes the link off. Editors and admins.
 */
@Path("/newsroom/articles/{id:\\d{1,18}}/translation")
public class TranslationResource {

    @Inject
    Translations translations;

    @Inject
    ArticleService articles;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @GET
    public Response form(@PathParam("id") long id) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        return page(id, 200, "", Map.of());
    }

    @POST
    public Response link(@PathParam("id") long id, @FormParam("translation") String translation) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        try {
            FormInput.requireUsable("translation", translation);
            translations.link(signedIn.editor(), id, translation);
            return pages.redirectWithFlash(path(id), "flash.translationLinked");
        } catch (FieldRefused refused) {
            return page(id, 400, translation == null ? "" : translation, Map.of(refused.field(),
                    PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
    }

    @POST
    @Path("unlink")
    public Response unlink(@PathParam("id") long id) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        boolean unlinked = translations.unlink(signedIn.editor(), id);
        return pages.redirectWithFlash(path(id), unlinked ? "flash.translationUnlinked" : "flash.translationNone");
    }

    private Response page(long id, int status, String typed, Map<String, String> errors) {
        Article article = articles.forReading(signedIn.editor(), id);
        Map<String, Object> model = new HashMap<>();
        model.put("articleId", id);
        model.put("headline", article.getHeadline());
        Translations.Linked linked = translations.of(id).orElse(null);
        model.put("languageName", PageRenderer.message("language.name." + article.getLanguage()));
        model.put("linked", linked);
        model.put("linkedLanguageName", linked == null ? null : PageRenderer.message("language.name." + linked.language()));
        model.put("typed", typed);
        model.put("errors", errors);
        return pages.page(status, "newsroom/translation", model);
    }

    private static String path(long id) {
        return "/newsroom/articles/" + id + "/translation";
    }
}
