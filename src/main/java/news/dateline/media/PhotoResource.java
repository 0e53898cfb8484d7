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
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.SurrogateKeys;

/**
 * Serves a photo's original at {@code /media/{id}.{extension}}, its renditions at
 * {@code /media/{id}/{width}.{extension}} and its crops at {@code /media/{id}/{shape}-{x}-{y}.{extension}}
 * (see {@link PhotoUrls}), with the real type; renditions and crops also as WebP. A public photo's bytes behind these
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
        ImageType format = format(extension);
        PhotoDelivery.Served photo = seen(photos.rendition(id, width, format).orElseThrow(NotFoundException::new),
                http);
        if (!formatOf(photo, format) || !Resizer.widthsFor(photo.type(), photo.originalWidth()).contains(width)) {
            throw new NotFoundException();
        }
        return photo.hasBytes() ? serve(id, photo, request) : notYet(id, photo);
    }

    /**
     * A crop around the focal point named in its address. When the photo's focal point has moved since,
     * the address of the current crop is given instead (a page cached before the move may still ask).
     */
    @GET
    @Path("{id:\\d{1,18}}/{shape:3x2|social|square}-{x:\\d{1,3}}-{y:\\d{1,3}}.{extension:[a-z]{3,4}}")
    public Response crop(@PathParam("id") long id, @PathParam("shape") String shapeName, @PathParam("x") int x,
                         @PathParam("y") int y, @PathParam("extension") String extension, @Context Request request,
                         @Context HttpServletRequest http) {
        ImageType format = format(extension);
        Shape shape = Shape.ofUrlName(shapeName).orElseThrow(NotFoundException::new);
        if (x > 100 || y > 100) {
            throw new NotFoundException();
        }
        FocalPoint asked = new FocalPoint(x, y);
        PhotoDelivery.Served photo = seen(photos.crop(id, shape, asked, format).orElseThrow(NotFoundException::new),
                http);
        if (!formatOf(photo, format)) {
            throw new NotFoundException();
        }
        if (!photo.focus().equals(asked)) {
            return Response.temporaryRedirect(URI.create(PhotoUrls.crop(id, shape, photo.focus(), format)))
                    .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
        }
        return photo.hasBytes() ? serve(id, photo, request) : notYet(id, photo);
    }

    /** A rendition or crop not made yet: the original, for now, never cached. */
    private static Response notYet(long id, PhotoDelivery.Served photo) {
        return Response.temporaryRedirect(URI.create(PhotoUrls.original(id, photo.type())))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    private static ImageType format(String extension) {
        for (ImageType type : ImageType.values()) {
            if (type.extension().equals(extension)) {
                return type;
            }
        }
        throw new NotFoundException();
    }

    /** Renditions and crops exist in the format every browser reads and in WebP. */
    private static boolean formatOf(PhotoDelivery.Served photo, ImageType format) {
        return Resizer.formatsFor(photo.type()).contains(format);
    }

    private PhotoDelivery.Served seen(PhotoDelivery.Served photo, HttpServletRequest http) {
        if (!photo.isPublic() && !NewsroomSession.signedIn(http, accounts)) {
            throw new NotFoundException();
        }
        return photo;
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
        String keys = SurrogateKeys.of(java.util.Set.of(CacheTag.photo(id)));
        return Response.fromResponse(response).header(SurrogateKeys.XKEY, keys)
                .header(SurrogateKeys.SURROGATE_KEY, keys).build();
    }
}
