package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.media.FocalPointRefused;
import news.dateline.media.PhotoBusyException;
import news.dateline.platform.PageRenderer;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;

/**
 * Choosing the main photo without JavaScript, without losing what was typed. The editor's "Choose
 * from the library" and "Remove the photo" are submit buttons of the editor form that post here
 * instead of saving: the typed form is kept as the editor's own autosave (never a revision, never on
 * the site, so a live story does not change because someone went looking for a photo), and the
 * browser goes to the picker ({@code /newsroom/media/search?for=<id>}). The picker's "Use this photo"
 * posts the photo here; it goes into the kept form, and the editor opens with it restored. "Photo
 * details" goes the same way to the photo's page, and "Set the focal point" keeps the form and sets
 * the photo's focal point from the numeric fields in one transaction.
 */
@Path("/newsroom/articles")
public class PhotoChoiceResource {

    @Inject
    PhotoChoices choices;

    @Inject
    SignedIn signedIn;

    @Inject
    EditorView editorView;

    @Inject
    ArticleService articles;

    /** The editor form, kept; then the picker (or, for {@code go=remove}, the editor without the photo). */
    @POST
    @Path("{id:\\d{1,18}}/photo-picker")
    public Response keepAndPick(@PathParam("id") long id, @Context HttpServletRequest request) {
        return keepAndGo(id, request);
    }

    @POST
    @Path("new/photo-picker")
    public Response keepAndPickNew(@Context HttpServletRequest request) {
        return keepAndGo(null, request);
    }

    /** The picker's "Use this photo": the photo goes into the kept form, and the editor shows it. */
    @POST
    @Path("{id:\\d{1,18}}/photo")
    public Response choose(@PathParam("id") long id, @FormParam("photoId") String photoId) {
        choices.choose(signedIn.editor(), id, photoId);
        return NewsroomPages.redirect(editorUrl(id) + "?restore=autosave");
    }

    @POST
    @Path("new/photo")
    public Response chooseNew(@FormParam("photoId") String photoId) {
        choices.choose(signedIn.editor(), null, photoId);
        return NewsroomPages.redirect(editorUrl(null) + "?restore=autosave");
    }

    /**
     * Checks the typed form as a save does (characters that cannot be stored come back next to their
     * field, with everything typed), then keeps it and goes on.
     */
    private Response keepAndGo(Long id, HttpServletRequest request) {
        Editor editor = signedIn.editor();
        if (id == null) {
            editor.require(news.dateline.account.Permission.WRITE_ARTICLE);
        }
        Article existing = id == null ? null : articles.forReading(editor, id);
        ArticleForm form = ArticleForm.from(request);
        if (existing != null && !articles.mayEdit(editor, existing)) {
            return editorView.noLongerYours(existing, form);
        }
        for (String field : new String[] {"focalX", "focalY"}) {
            if (request.getParameter(field) != null) {
                form.set(field, request.getParameter(field));
            }
        }
        if (!form.rejectUnusableCharacters()) {
            return editorView.render(400, form, existing, null);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : ArticleForm.FIELDS) {
            String value = request.getParameter(field);
            typed.put(field, value == null ? "" : value);
        }
        String target = id == null ? "new" : id.toString();
        String go = request.getParameter("go");
        if ("remove".equals(go) || "show".equals(go)) {
            if ("remove".equals(go)) {
                typed.put("photoId", "");
            }
            choices.keep(editor, id, typed);
            return NewsroomPages.redirect(editorUrl(id) + "?restore=autosave");
        }
        Long photo = photoId(typed.get("photoId"));
        if ("details".equals(go) && photo != null) {
            choices.keep(editor, id, typed);
            return NewsroomPages.redirect("/newsroom/media/" + photo + "?for=" + target);
        }
        if ("focal".equals(go) && photo != null) {
            String focalX = request.getParameter("focalX");
            String focalY = request.getParameter("focalY");
            try {
                choices.keepAndFocus(editor, id, typed, photo, focalX, focalY);
            } catch (FocalPointRefused e) {
                form.reject(e.field(), e.messageKey(), e.arguments());
                return editorView.render(400, form, existing, null);
            } catch (PhotoBusyException e) {
                form.reject("focalX", e.messageKey(), e.arguments().toArray());
                return Response.fromResponse(editorView.render(503, form, existing, null))
                        .header("Retry-After", 5).build();
            }
            return NewsroomPages.redirect(editorUrl(id) + "?restore=autosave");
        }
        choices.keep(editor, id, typed);
        return Response.seeOther(URI.create("/newsroom/media/search?for=" + target)).build();
    }

    private static Long photoId(String value) {
        String raw = value == null ? "" : value.strip();
        return raw.matches("\\d{1,18}") ? Long.valueOf(raw) : null;
    }

    private static String editorUrl(Long id) {
        return id == null ? "/newsroom/articles/new" : "/newsroom/articles/" + id;
    }
}
