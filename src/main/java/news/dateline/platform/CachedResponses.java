package news.dateline.platform;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Public responses that shared caches may keep: a validator pair ({@code ETag} from the bytes,
 * {@code Last-Modified} from the content) and a conditional {@code 304} when the client has them.
 */
public final class CachedResponses {

    public static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    public static final String PUBLIC_PAGE_CACHE = "public, max-age=60, stale-while-revalidate=600";
    /** For content whose URL changes whenever its bytes do. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private CachedResponses() {
    }

    public static Response page(Request request, String html, Instant lastModified) {
        return conditional(request, html.getBytes(StandardCharsets.UTF_8), HTML, lastModified, PUBLIC_PAGE_CACHE);
    }

    public static Response conditional(Request request, byte[] body, MediaType type, Instant lastModified,
                                       String cacheControl) {
        EntityTag etag = new EntityTag(EntityTags.of(body));
        Date modified = lastModified == null ? null : Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = modified == null
                ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(modified, etag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body, type);
        return builder.tag(etag)
                .lastModified(modified)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

}
