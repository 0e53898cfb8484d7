package news.dateline.section;

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
import java.util.function.Supplier;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;

/** Editors and admins add, rename, reorder, retire and delete the sections of the site. */
@Path("/newsroom/sections")
public class SectionAdminResource {

    private static final String PAGE = "/newsroom/sections";

    /** A section as the admin page shows it. */
    public record SectionRow(String name, String slug, int position, boolean retired, boolean first, boolean last) {
    }

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
        Map<String, String> values = Map.of("name", text(name), "position", text(position));
        return change(values, "", () -> {
            FormInput.requireUsable("name", name, "position", position);
            Section created = sections.create(signedIn.editor(), name, position(position));
            return pages.redirectWithFlash(PAGE, "flash.sectionAdded", created.getName());
        });
    }

    @POST
    @Path("{slug}")
    public Response rename(@PathParam("slug") String slug, @FormParam("name") String name) {
        return change(Map.of("name-" + slug, text(name)), "-" + slug, () -> {
            FormInput.requireUsable("name", name);
            return pages.redirectWithFlash(PAGE, "flash.sectionRenamed",
                    sections.rename(signedIn.editor(), slug, name).getName());
        });
    }

    @POST
    @Path("{slug}/up")
    public Response moveUp(@PathParam("slug") String slug) {
        return change(Map.of(), "", () -> pages.redirectWithFlash(PAGE, "flash.sectionMovedUp",
                sections.move(signedIn.editor(), slug, SectionService.Direction.UP).getName()));
    }

    @POST
    @Path("{slug}/down")
    public Response moveDown(@PathParam("slug") String slug) {
        return change(Map.of(), "", () -> pages.redirectWithFlash(PAGE, "flash.sectionMovedDown",
                sections.move(signedIn.editor(), slug, SectionService.Direction.DOWN).getName()));
    }

    @POST
    @Path("{slug}/retire")
    public Response retire(@PathParam("slug") String slug) {
        return change(Map.of(), "", () -> pages.redirectWithFlash(PAGE, "flash.sectionRetired",
                sections.retire(signedIn.editor(), slug).getName()));
    }

    @POST
    @Path("{slug}/restore")
    public Response restore(@PathParam("slug") String slug) {
        return change(Map.of(), "", () -> pages.redirectWithFlash(PAGE, "flash.sectionRestored",
                sections.restore(signedIn.editor(), slug).getName()));
    }

    @POST
    @Path("{slug}/delete")
    public Response delete(@PathParam("slug") String slug) {
        return change(Map.of(), "", () -> pages.redirectWithFlash(PAGE, "flash.sectionDeleted",
                sections.delete(signedIn.editor(), slug)));
    }

    /**
     * Runs one change; a refusal shows the page again with the typed values and the reason next to
     * its field ({@code fieldSuffix} tells a row's fields from the new-section form's).
     */
    private Response change(Map<String, String> values, String fieldSuffix, Supplier<Response> change) {
        signedIn.editor().require(Permission.MANAGE_SECTIONS);
        try {
            return change.get();
        } catch (FieldRefused refused) {
            String field = "section".equals(refused.field()) ? "section" : refused.field() + fieldSuffix;
            boolean unknown = refused instanceof SectionRefused section && section.unknownSection();
            return page(unknown ? 404 : 400, values,
                    Map.of(field, PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
    }

    private Response page(int status, Map<String, String> values, Map<String, String> errors) {
        List<Section> all = sections.list();
        Map<String, Object> model = new HashMap<>();
        model.put("sections", all.stream().map(s -> new SectionRow(s.getName(), s.getSlug(), s.getPosition(),
                s.isRetired(), s == all.get(0), s == all.get(all.size() - 1))).toList());
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/sections", model);
    }

    /** An optional position: empty means last; otherwise a whole number from 0 to {@link Section#MAX_POSITION}. */
    private static Integer position(String position) {
        String given = text(position).strip();
        if (given.isEmpty()) {
            return null;
        }
        if (!given.matches("\\d{1,4}")) {
            throw new SectionRefused("position", "sections.error.position", Section.MAX_POSITION);
        }
        return Integer.valueOf(given);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
