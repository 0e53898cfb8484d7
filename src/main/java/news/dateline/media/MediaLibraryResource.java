package news.dateline.media;

import news.dateline.platform.JsonSupport;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;

/**
 * The newsroom's photo library: search by caption or credit, upload, describe; and the photo picker
 * at {@code /newsroom/media/search}, which answers JSON to scripts (the editor's picker dialogs) and
 * is a page of thumbnails without JavaScript.
 */
@Path("/newsroom/media")
public class MediaLibraryResource {

    static final int PAGE_SIZE = 60;
    static final int PICKER_PAGE_SIZE = 20;
    private static final java.util.regex.Pattern RETURN_TARGET = java.util.regex.Pattern.compile("\\d{1,18}|new");

    /** A photo as the library page shows it. */
    public record Item(long id, String thumbnailUrl, String caption, String credit, String altText, String type,
                       int width, int height, String editUrl) {
    }

    /** A photo as the picker offers it (and as its JSON names the fields). */
    public record PickerPhoto(long id, String thumbnailUrl, String url, int width, int height, String caption,
                              String credit, String alt, String thumbnailAlt) {
    }

    @Inject
    MediaLibrary library;

    @Inject
    NewsroomPages pages;

    @Inject
    news.dateline.platform.StaticAssets assets;

    @Inject
    SignedIn signedIn;

    @GET
    public Response library(@QueryParam("q") String query) {
        return page(200, query, Map.of(), Map.of());
    }

    /**
     * The picker's photos as JSON: {@code {"photos":[{"id","thumbnailUrl","url","width","height","caption",
     * "credit","alt"}...],"older":"<token>"|null}}, 20 a page, newest first; {@code older} is the
     * {@code before} of the next page. Without a session the newsroom guard answers 401.
     */
    @GET
    @Path("search")
    @Produces(MediaType.APPLICATION_JSON)
    public Response searchJson(@QueryParam("q") String query, @QueryParam("before") String before) {
        news.dateline.platform.PageKey position;
        try {
            position = news.dateline.platform.PagePosition.fromQuery(before);
        } catch (jakarta.ws.rs.BadRequestException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .entity(JsonSupport.object().add("field", "before")
                            .add("message", news.dateline.platform.PageRenderer.message("picker.error.before"))
                            .build().toString()).build();
        }
        PickerPage page = pickerPage(query, position);
        JsonArrayBuilder photos = JsonSupport.array();
        for (PickerPhoto photo : page.photos()) {
            photos.add(JsonSupport.object().add("id", photo.id()).add("thumbnailUrl", photo.thumbnailUrl())
                    .add("url", photo.url()).add("width", photo.width()).add("height", photo.height())
                    .add("caption", photo.caption()).add("credit", photo.credit()).add("alt", photo.alt()));
        }
        JsonObjectBuilder json = JsonSupport.object().add("photos", photos);
        if (page.older() == null) {
            json.addNull("older");
        } else {
            json.add("older", page.older());
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /**
     * The picker without JavaScript: a search box and thumbnails, each with a "Use this photo" button
     * that takes the photo back to the article named by {@code for} (an id, or {@code new}), whose
     * unsaved form was kept before the editor came here.
     */
    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML + ";qs=2")
    public Response searchPage(@QueryParam("q") String query, @QueryParam("before") String before,
                               @QueryParam("for") String returnTo) {
        PickerPage page = pickerPage(query, news.dateline.platform.PagePosition.fromQuery(before));
        String target = returnTo != null && RETURN_TARGET.matcher(returnTo).matches() ? returnTo : "new";
        Map<String, Object> model = new HashMap<>();
        model.put("query", query == null ? "" : query);
        model.put("photos", page.photos());
        model.put("returnTo", target);
        model.put("chooseUrl", "/newsroom/articles/" + target + "/photo");
        model.put("backUrl", "/newsroom/articles/" + target + "?restore=autosave");
        model.put("olderUrl", page.older() == null ? null : "/newsroom/media/search?" + queryString(query,
                page.older(), target));
        return pages.page("newsroom/media-picker", model);
    }

    private record PickerPage(List<PickerPhoto> photos, String older) {
    }

    private PickerPage pickerPage(String query, news.dateline.platform.PageKey before) {
        List<MediaAsset> found = library.usable(signedIn.editor(), query, before, PICKER_PAGE_SIZE);
        List<MediaAsset> shown = found.size() > PICKER_PAGE_SIZE ? found.subList(0, PICKER_PAGE_SIZE) : found;
        String older = null;
        if (found.size() > PICKER_PAGE_SIZE) {
            MediaAsset last = shown.get(shown.size() - 1);
            older = new news.dateline.platform.PageKey(last.getCreatedAt(), last.getId()).token();
        }
        return new PickerPage(shown.stream().map(MediaLibraryResource::pickerPhoto).toList(), older);
    }

    static PickerPhoto pickerPhoto(MediaAsset asset) {
        String alt = asset.getAltText();
        String thumbnailAlt = !alt.isBlank() ? alt : !asset.getCaption().isBlank() ? asset.getCaption()
                : news.dateline.platform.PageRenderer.message("picker.photoNumber", asset.getId());
        return new PickerPhoto(asset.getId(), thumbnail(asset), "/media/" + asset.getId() + "."
                + asset.getType().extension(), asset.getWidth(), asset.getHeight(), asset.getCaption(),
                asset.getCredit(), alt, thumbnailAlt);
    }

    private static String queryString(String query, String before, String target) {
        StringBuilder url = new StringBuilder();
        if (query != null && !query.isBlank()) {
            url.append("q=").append(java.net.URLEncoder.encode(query.strip(), java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
        return url.append("before=").append(before).append("&for=").append(target).toString();
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
            FormInput.requireUsable(values);
            Part part = request.getPart("file");
            if (part == null || part.getSize() == 0) {
                return page(400, null, values, Map.of("file", news.dateline.platform.PageRenderer.message("media.error.chooseFile")));
            }
            try (InputStream in = part.getInputStream()) {
                MediaAsset asset = library.upload(editor, in.readAllBytes(), part.getSubmittedFileName(),
                        new PhotoDescription(values.get("caption"), values.get("credit"), values.get("altText")));
                return pages.redirectWithFlash("/newsroom/media/" + asset.getId(), "flash.photoUploaded",
                        asset.getId());
            }
        } catch (FieldRefused refused) {
            return page(400, null, values, Map.of(refused.field(), news.dateline.platform.PageRenderer.message(
                    refused.messageKey(), refused.arguments())));
        } catch (PhotoBusyException e) {
            return Response.fromResponse(page(503, null, values, Map.of("file", e.getMessage())))
                    .header(HttpHeaders.RETRY_AFTER, 5).build();
        } catch (RejectedImageException | IllegalArgumentException e) {
            return page(400, null, values, Map.of("file", e.getMessage()));
        } catch (IOException | ServletException | IllegalStateException e) {
            return page(400, null, values, Map.of("file", news.dateline.platform.PageRenderer.message("media.error.notReceived")));
        }
    }

    @GET
    @Path("{id:\\d{1,18}}")
    public Response edit(@PathParam("id") long id, @QueryParam("for") String returnTo) {
        MediaAsset asset = library.find(id).orElseThrow(NotFoundException::new);
        return detailsPage(200, asset, Map.of(), Map.of(), returnTo);
    }

    @POST
    @Path("{id:\\d{1,18}}")
    public Response describe(@PathParam("id") long id, @FormParam("caption") String caption,
                             @FormParam("credit") String credit, @FormParam("altText") String altText,
                             @FormParam("for") String returnTo) {
        Editor editor = signedIn.editor();
        editor.require(Permission.EDIT_MEDIA);
        try {
            FormInput.requireUsable("caption", caption, "credit", credit, "altText", altText);
            library.describe(editor, id, new PhotoDescription(caption, credit, altText));
        } catch (FieldRefused e) {
            MediaAsset asset = library.find(id).orElseThrow(NotFoundException::new);
            Item typed = new Item(id, thumbnail(asset), caption, credit, altText, asset.getType().name(),
                    asset.getWidth(), asset.getHeight(), "/newsroom/media/" + id);
            return pages.page(400, "newsroom/media-edit", Map.of("item", typed, "mayEdit", true,
                    "errors", Map.of(e.field(), news.dateline.platform.PageRenderer.message(e.messageKey(),
                            e.arguments())), "photo", PhotoPreview.of(asset, true),
                    "typed", Map.of(), "returnTo", returnTarget(returnTo) == null ? "" : returnTarget(returnTo),
                    "photosScriptUrl", assets.url("photos.js")));
        }
        String target = returnTarget(returnTo);
        if (target != null) {
            return NewsroomPages.redirect("/newsroom/articles/" + target + "?restore=autosave");
        }
        return pages.redirectWithFlash("/newsroom/media", "flash.photoDescribed", id);
    }

    /**
     * Sets a photo's focal point from the numeric fields ({@code focalX}, {@code focalY}, per cent
     * across and down), or from a click on the preview, which fills them in. A script (Accept: JSON)
     * gets the point and the new crop frames; a form goes back to the photo's page, or to the article
     * named by {@code for}, whose typed form was kept before coming here.
     */
    @POST
    @Path("{id:\\d{1,18}}/focal-point")
    public Response focus(@PathParam("id") long id, @FormParam("focalX") String focalX,
                          @FormParam("focalY") String focalY, @FormParam("for") String returnTo,
                          @Context HttpHeaders headers) {
        Editor editor = signedIn.editor();
        boolean json = wantsJson(headers);
        MediaAsset asset;
        try {
            FormInput.requireUsable("focalX", focalX, "focalY", focalY);
            asset = library.focus(editor, id, FocalPoint.parse(focalX, focalY));
        } catch (FieldRefused e) {
            String message = news.dateline.platform.PageRenderer.message(e.messageKey(), e.arguments());
            if (json) {
                return jsonError(400, e.field(), message);
            }
            return detailsPage(400, library.find(id).orElseThrow(NotFoundException::new), Map.of(e.field(), message),
                    Map.of("focalX", focalX == null ? "" : focalX, "focalY", focalY == null ? "" : focalY),
                    returnTo);
        } catch (PhotoBusyException e) {
            if (json) {
                return Response.fromResponse(jsonError(503, "focalX", e.getMessage()))
                        .header(HttpHeaders.RETRY_AFTER, 5).build();
            }
            return Response.fromResponse(detailsPage(503, library.find(id).orElseThrow(NotFoundException::new),
                    Map.of("focalX", e.getMessage()), Map.of(), returnTo)).header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        if (json) {
            PhotoPreview preview = PhotoPreview.of(asset, true);
            JsonArrayBuilder crops = JsonSupport.array();
            preview.crops().forEach(c -> crops.add(JsonSupport.object().add("shape", c.shape())
                    .add("x", c.x()).add("y", c.y()).add("width", c.width()).add("height", c.height())));
            return Response.ok(JsonSupport.object().add("focalX", preview.focalX())
                            .add("focalY", preview.focalY()).add("crops", crops)
                            .add("label", news.dateline.platform.PageRenderer.message("focal.at", preview.focalX(),
                                    preview.focalY()))
                            .add("message", news.dateline.platform.PageRenderer.message("flash.focalPointSet",
                                    preview.focalX(), preview.focalY())).build().toString(),
                    MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
        }
        String target = returnTarget(returnTo);
        if (target != null) {
            return NewsroomPages.redirect("/newsroom/articles/" + target + "?restore=autosave");
        }
        return pages.redirectWithFlash("/newsroom/media/" + id, "flash.focalPointSet", asset.getFocalPoint().x(),
                asset.getFocalPoint().y());
    }

    private static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::equals)
                && headers.getAcceptableMediaTypes().stream().noneMatch(MediaType.TEXT_HTML_TYPE::equals);
    }

    private static Response jsonError(int status, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .entity(JsonSupport.object().add("field", field).add("message", message).build().toString())
                .build();
    }

    private static String returnTarget(String returnTo) {
        return returnTo != null && RETURN_TARGET.matcher(returnTo).matches() ? returnTo : null;
    }

    private Response detailsPage(int status, MediaAsset asset, Map<String, String> errors, Map<String, String> typed,
                                 String returnTo) {
        Map<String, Object> model = new HashMap<>();
        boolean mayEdit = signedIn.editor().may(Permission.EDIT_MEDIA);
        model.put("item", item(asset));
        model.put("mayEdit", mayEdit);
        model.put("errors", errors);
        model.put("photo", PhotoPreview.of(asset, mayEdit));
        model.put("typed", typed);
        model.put("returnTo", returnTarget(returnTo) == null ? "" : returnTarget(returnTo));
        model.put("photosScriptUrl", assets.url("photos.js"));
        return pages.page(status, "newsroom/media-edit", model);
    }

    private Response page(int status, String query, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query == null ? "" : query);
        model.put("items", library.search(query, PAGE_SIZE).stream().map(this::item).toList());
        model.put("values", values);
        model.put("errors", errors);
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
