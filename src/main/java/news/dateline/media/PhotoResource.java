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
 * Serves a photo's original bytes at {@code /media/{id}.{extension}} with its real type. The bytes
 * of an asset never change, so the response may be cached for a year.
 */
@Path("/media/{id:\\d{1,18}}.{extension:[a-z]{3,4}}")
public class PhotoResource {


    @Inject
    MediaLibrary library;

    @GET
    public Response photo(@PathParam("id") long id, @PathParam("extension") String extension,
                          @Context Request request) {
        MediaAsset asset = library.find(id).orElseThrow(NotFoundException::new);
        if (!asset.getType().extension().equals(extension)) {
            throw new NotFoundException();
        }
        byte[] bytes = library.bytes(id).orElseThrow(NotFoundException::new);
        return CachedResponses.conditional(request, bytes, MediaType.valueOf(asset.getType().mimeType()),
                asset.getCreatedAt(), CachedResponses.IMMUTABLE);
    }
}
