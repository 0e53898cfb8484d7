package news.dateline.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import news.dateline.platform.CachedResponses;

/**
 * Serves a photo's original at {@code /media/{id}.{extension}} and its renditions at
 * {@code /media/{id}/{width}.{extension}}, with the real type. Bytes behind these URLs never
 * change, so responses may be cached for good.
 */
@Path("/media")
public class PhotoResource {

    @Inject
    MediaLibrary library;

    @GET
    @Path("{id:\\d{1,18}}.{extension:[a-z]{3,4}}")
    public Response original(@PathParam("id") long id, @PathParam("extension") String extension,
                             @Context Request request) {
        MediaAsset asset = asset(id, extension);
        byte[] bytes = library.bytes(id).orElseThrow(NotFoundException::new);
        return CachedResponses.conditional(request, bytes, MediaType.valueOf(asset.getType().mimeType()),
                asset.getCreatedAt(), CachedResponses.IMMUTABLE);
    }

    @GET
    @Path("{id:\\d{1,18}}/{width:\\d{1,5}}.{extension:[a-z]{3,4}}")
    public Response rendition(@PathParam("id") long id, @PathParam("width") int width,
                              @PathParam("extension") String extension, @Context Request request) {
        MediaAsset asset = asset(id, extension);
        MediaRendition rendition = library.rendition(id, width).orElseThrow(NotFoundException::new);
        return CachedResponses.conditional(request, rendition.getBytes(), MediaType.valueOf(rendition.getMimeType()),
                asset.getCreatedAt(), CachedResponses.IMMUTABLE);
    }

    private MediaAsset asset(long id, String extension) {
        MediaAsset asset = library.find(id).orElseThrow(NotFoundException::new);
        if (!asset.getType().extension().equals(extension)) {
            throw new NotFoundException();
        }
        return asset;
    }
}
