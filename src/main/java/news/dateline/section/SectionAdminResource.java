package news.dateline.section;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;

/** Admins add sections, rename them and set their order in the site navigation. */
@Path("/newsroom/sections")
public class SectionAdminResource {

    @Inject
    SectionService sections;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @GET
    public Response list() {
        signedIn.editor().require(Permission.MANAGE_SECTIONS);
        return page(200, Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("position") String position) {
        Editor editor = signedIn.editor();
        editor.require(Permission.MANAGE_SECTIONS);
        Map<String, String> values = Map.of("name", name == null ? "" : name, "position", position == null ? "" : position);
        try {
            sections.create(editor, name, parsePosition(position));
        } catch (IllegalArgumentException e) {
            return page(400, values, Map.of("name", e.getMessage()));
        }
        return NewsroomPages.redirect("/newsroom/sections");
    }

    @POST
    @Path("{slug}")
    public Response update(@PathParam("slug") String slug, @FormParam("name") String name,
                           @FormParam("position") String position) {
        Editor editor = signedIn.editor();
        editor.require(Permission.MANAGE_SECTIONS);
        try {
            sections.update(editor, slug, name, parsePosition(position));
        } catch (IllegalArgumentException e) {
            return page(400, Map.of(), Map.of("name", e.getMessage()));
        }
        return NewsroomPages.redirect("/newsroom/sections");
    }

    private Response page(int status, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("sections", sections.list().stream().map(s -> new SectionRow(s.getName(), s.getSlug(),
                s.getPosition())).toList());
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/sections", model);
    }

    /** A section as the admin page shows it. */
    public record SectionRow(String name, String slug, int position) {
    }

    private static int parsePosition(String position) {
        if (position == null || position.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(position.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The position is a whole number, e.g. 1.");
        }
    }
}
