package news.dateline.media;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import news.dateline.account.AccountService;
import news.dateline.newsroom.NewsroomSession;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.SurrogateKeys;

/**
 * Serves a photo's original at {@code /media/{id}.{extension}} and its renditions at
 * {@code /media/{id}/{width}.{extension}}, with the real type. A public photo's bytes behind these
 * URLs never change, so they may be cached for good. A photo no published article shows is served
 * only to the signed-in newsroom, never kept by any cache; readers get 404. A rendition that is not
 * made yet redirects to the original, uncached.
 */
@Path("/media")
public class PhotoResource {

    static final String PRIVATE = "private, no-store";

    @Inject
    PhotoDelivery photos;

    @Inject
    AccountService accounts;

    @GET
    @Path("{id:\\d{1,18}}.{extension:[a-z]{3,4}}")
    public Response original(@PathParam("id") long id, @PathParam("extension") String extension,
                             @Context Request request, @Context HttpServletRequest http) {
        PhotoDelivery.Served photo = visible(photos.original(id).orElseThrow(NotFoundException::new), extension, http);
        return serve(id, photo, request);
    }

    @GET
    @Path("{id:\\d{1,18}}/{width:\\d{1,5}}.{extension:[a-z]{3,4}}")
    public Response rendition(@PathParam("id") long id, @PathParam("width") int width,
                              @PathParam("extension") String extension, @Context Request request,
                              @Context HttpServletRequest http) {
        PhotoDelivery.Served photo = visible(photos.rendition(id, width).orElseThrow(NotFoundException::new),
                extension, http);
        if (photo.hasBytes()) {
            return serve(id, photo, request);
        }
        if (!Resizer.widthsFor(photo.type(), photo.originalWidth()).contains(width)) {
            throw new NotFoundException();
        }
        return Response.temporaryRedirect(URI.create("/media/" + id + "." + extension))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    private PhotoDelivery.Served visible(PhotoDelivery.Served photo, String extension, HttpServletRequest http) {
        if (!photo.type().extension().equals(extension)
                || !photo.isPublic() && !NewsroomSession.signedIn(http, accounts)) {
            throw new NotFoundException();
        }
        return photo;
    }

    /** A public photo names its cache tag, so that the HTTP caches in front drop it when it stops being public. */
    private static Response serve(long id, PhotoDelivery.Served photo, Request request) {
        Response response = CachedResponses.conditional(request, photo.bytes(), MediaType.valueOf(photo.mimeType()),
                photo.createdAt(), photo.isPublic() ? CachedResponses.IMMUTABLE : PRIVATE);
        if (!photo.isPublic()) {
            return response;
        }
        String keys = SurrogateKeys.of(java.util.Set.of("photo:" + id));
        return Response.fromResponse(response).header(SurrogateKeys.XKEY, keys)
                .header(SurrogateKeys.SURROGATE_KEY, keys).build();
    }
}
