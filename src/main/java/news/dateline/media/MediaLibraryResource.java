package news.dateline.media;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;

/** The newsroom's photo library: search by caption or credit, upload, describe. */
@Path("/newsroom/media")
public class MediaLibraryResource {

    static final int PAGE_SIZE = 60;

    /** A photo as the library page shows it. */
    public record Item(long id, String thumbnailUrl, String caption, String credit, String altText, String type,
                       int width, int height, String editUrl) {
    }

    @Inject
    MediaLibrary library;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @GET
    public Response library(@QueryParam("q") String query, @QueryParam("uploaded") Long uploaded) {
        return page(200, query, Map.of(), Map.of(), uploaded);
    }

    @POST
    public Response upload(@Context HttpServletRequest request) {
        Editor editor = signedIn.editor();
        editor.require(Permission.UPLOAD_MEDIA);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("caption", "credit", "altText")) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value);
        }
        try {
            Part part = request.getPart("file");
            if (part == null || part.getSize() == 0) {
                return page(400, null, values, Map.of("file", news.dateline.platform.PageRenderer.message("media.error.chooseFile")), null);
            }
            try (InputStream in = part.getInputStream()) {
                MediaAsset asset = library.store(in.readAllBytes(), part.getSubmittedFileName(),
                        new PhotoDescription(values.get("caption"), values.get("credit"), values.get("altText")));
                return NewsroomPages.redirect("/newsroom/media?uploaded=" + asset.getId());
            }
        } catch (PhotoBusyException e) {
            return Response.fromResponse(page(503, null, values, Map.of("file", e.getMessage()), null))
                    .header(HttpHeaders.RETRY_AFTER, 5).build();
        } catch (RejectedImageException | IllegalArgumentException e) {
            return page(400, null, values, Map.of("file", e.getMessage()), null);
        } catch (IOException | ServletException | IllegalStateException e) {
            return page(400, null, values, Map.of("file", news.dateline.platform.PageRenderer.message("media.error.notReceived")), null);
        }
    }

    @GET
    @Path("{id:\\d{1,18}}")
    public Response edit(@PathParam("id") long id) {
        MediaAsset asset = library.find(id).orElseThrow(NotFoundException::new);
        Map<String, Object> model = new HashMap<>();
        model.put("item", item(asset));
        model.put("mayEdit", signedIn.editor().may(Permission.EDIT_MEDIA));
        model.put("errors", Map.of());
        return pages.page("newsroom/media-edit", model);
    }

    @POST
    @Path("{id:\\d{1,18}}")
    public Response describe(@PathParam("id") long id, @FormParam("caption") String caption,
                             @FormParam("credit") String credit, @FormParam("altText") String altText) {
        Editor editor = signedIn.editor();
        editor.require(Permission.EDIT_MEDIA);
        try {
            library.describe(editor, id, new PhotoDescription(caption, credit, altText));
        } catch (IllegalArgumentException e) {
            MediaAsset asset = library.find(id).orElseThrow(NotFoundException::new);
            Item typed = new Item(id, thumbnail(asset), caption, credit, altText, asset.getType().name(),
                    asset.getWidth(), asset.getHeight(), "/newsroom/media/" + id);
            return pages.page(400, "newsroom/media-edit", Map.of("item", typed, "mayEdit", true,
                    "errors", Map.of("form", e.getMessage())));
        }
        return pages.redirectWithFlash("/newsroom/media", "flash.photoDescribed", id);
    }

    private Response page(int status, String query, Map<String, String> values, Map<String, String> errors,
                          Long uploaded) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query == null ? "" : query);
        model.put("items", library.search(query, PAGE_SIZE).stream().map(this::item).toList());
        model.put("values", values);
        model.put("errors", errors);
        model.put("uploaded", uploaded);
        return pages.page(status, "newsroom/media", model);
    }

    private Item item(MediaAsset asset) {
        return new Item(asset.getId(), thumbnail(asset), asset.getCaption(), asset.getCredit(), asset.getAltText(),
                asset.getType().name(), asset.getWidth(), asset.getHeight(), "/newsroom/media/" + asset.getId());
    }

    private static String thumbnail(MediaAsset asset) {
        String extension = asset.getType().extension();
        return asset.getType() != ImageType.WEBP && asset.getWidth() > 320
                ? "/media/" + asset.getId() + "/320." + extension : "/media/" + asset.getId() + "." + extension;
    }
}
