package news.dateline.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Serves {@code /assets/{name}}. A request that carries the current fingerprint may be cached for
 * good; any other is cached briefly and revalidated.
 */
@Path("/assets/{name}")
public class StaticAssetResource {

    static final String SHORT = "public, max-age=300";

    @Inject
    StaticAssets assets;

    @GET
    public Response asset(@PathParam("name") String name, @QueryParam("v") String version,
                          @Context Request request) {
        StaticAssets.Asset asset = assets.find(name).orElseThrow(NotFoundException::new);
        String cacheControl = asset.fingerprint().equals(version) ? CachedResponses.IMMUTABLE : SHORT;
        return CachedResponses.conditional(request, asset.bytes(), MediaType.valueOf(asset.mediaType()), null,
                cacheControl);
    }
}
