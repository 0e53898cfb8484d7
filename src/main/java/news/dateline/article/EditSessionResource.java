package news.dateline.article;

import news.dateline.platform.JsonSupport;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;

/**
 * What the editor page does in the background (with JavaScript): heartbeats that keep the edit
 * lock, and autosaves of unsaved work. Taking over a lock and discarding an autosave are plain forms.
 */
@Path("/newsroom/articles")
public class EditSessionResource {

    @Inject
    EditLocks locks;

    @Inject
    PersonalDrafts drafts;

    @Inject
    ArticleService articles;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @Inject
    NewsroomPages pages;

    @POST
    @Path("{id:\\d{1,18}}/lock")
    public Response heartbeat(@PathParam("id") long id) {
        Editor editor = signedIn.editor();
        articles.forEditing(editor, id);
        EditLocks.Holder holder = locks.heartbeat(editor, id);
        JsonObjectBuilder json = JsonSupport.object().add("held", holder != null && holder.mine());
        if (holder != null && !holder.mine()) {
            json.add("holder", holder.name()).add("since", clock.display(holder.since()));
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id:\\d{1,18}}/lock/take-over")
    public Response takeOver(@PathParam("id") long id) {
        Editor editor = signedIn.editor();
        articles.forEditing(editor, id);
        locks.takeOver(editor, id);
        return pages.redirectWithFlash("/newsroom/articles/" + id, "flash.lockTakenOver");
    }

    @POST
    @Path("{id:\\d{1,18}}/autosave")
    public Response autosave(@PathParam("id") long id, @Context HttpServletRequest request) {
        Editor editor = signedIn.editor();
        articles.forEditing(editor, id);
        drafts.keep(editor, id, fields(request));
        return saved();
    }

    @POST
    @Path("new/autosave")
    public Response autosaveNew(@Context HttpServletRequest request) {
        Editor editor = signedIn.editor();
        editor.require(Permission.WRITE_ARTICLE);
        drafts.keep(editor, null, fields(request));
        return saved();
    }

    @POST
    @Path("{id:\\d{1,18}}/autosave/discard")
    public Response discard(@PathParam("id") long id) {
        drafts.discard(signedIn.editor(), id);
        return pages.redirectWithFlash("/newsroom/articles/" + id, "flash.autosaveDiscarded");
    }

    @POST
    @Path("new/autosave/discard")
    public Response discardNew() {
        drafts.discard(signedIn.editor(), null);
        return pages.redirectWithFlash("/newsroom/articles/new", "flash.autosaveDiscarded");
    }

    private Response saved() {
        return Response.ok(JsonSupport.object().add("savedAt", clock.display(clock.now())).build()
                .toString(), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }

    private static Map<String, String> fields(HttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        for (String field : ArticleForm.FIELDS) {
            String value = request.getParameter(field);
            if (value != null) {
                fields.put(field, value);
            }
        }
        return fields;
    }
}
