package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import news.dateline.front.FrontKey;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.JsonSupport;
import news.dateline.platform.Permalinks;
import news.dateline.platform.SurrogateKeys;

/**
 * A curated front for other systems, as ninjs 2.x: a composite item whose {@code associations} are the
 * stories the front shows, in the order readers see them (the lead, the secondary row, then each block),
 * with the headline and lead of their placement. Public, with an ETag, and dropped from every cache
 * with the front's page.
 */
@Path("/api/ninjs/fronts/{front: home|section/[a-z0-9]+(?:-[a-z0-9]+)*}")
public class NinjsFrontResource {

    @Inject
    FrontPages fronts;

    @Inject
    Permalinks links;

    @Inject
    PageTags pageTags;

    @GET
    public Response front(@PathParam("front") String front, @Context Request request) {
        FrontKey key = FrontKey.ofPath(front);
        if (key == null) {
            throw new NotFoundException();
        }
        FrontPages.Built built = fronts.live(key, null);
        pageTags.addAll(built.tags());
        String base = links.base();
        JsonArrayBuilder associations = JsonSupport.array();
        for (FrontPages.Shown shown : built.shown()) {
            JsonObjectBuilder item = JsonSupport.object()
                    .add("name", shown.name())
                    .add("uri", base + shown.item().url())
                    .add("type", "text")
                    .add("representationtype", "partial")
                    .add("versioncreated", iso(shown.story().updatedAt()))
                    .add("firstcreated", iso(shown.story().publishedAt()))
                    .add("pubstatus", "usable")
                    .add("headlines", JsonSupport.array().add(JsonSupport.object()
                            .add("role", "main").add("value", shown.item().headline())))
                    .add("descriptions", JsonSupport.array().add(JsonSupport.object()
                            .add("role", "summary").add("value", shown.item().lead() == null ? "" : shown.item().lead())))
                    .add("subjects", JsonSupport.array().add(JsonSupport.object()
                            .add("name", shown.story().sectionName())
                            .add("uri", base + links.section(shown.story().sectionSlug())).add("rel", "section")))
                    .add("links", JsonSupport.array().add(JsonSupport.object().add("rel", "self")
                            .add("href", base + "/api/ninjs/articles/" + shown.story().id())));
            if (shown.block() != null) {
                item.add("altids", JsonSupport.array().add(JsonSupport.object()
                        .add("role", "front-block").add("value", shown.block())));
            }
            associations.add(item);
        }
        String url = base + (key.isHome() ? links.home() : links.section(key.sectionSlug()));
        String body = JsonSupport.object()
                .add("uri", url)
                .add("type", "composite")
                .add("representationtype", "complete")
                .add("profile", "dateline-front")
                .add("versioncreated", iso(built.lastModified()))
                .add("pubstatus", "usable")
                .add("headlines", JsonSupport.array().add(JsonSupport.object()
                        .add("role", "main").add("value", built.page().title())))
                .add("associations", associations)
                .build().toString();
        Response response = CachedResponses.conditional(request, body.getBytes(StandardCharsets.UTF_8),
                NinjsResource.JSON, built.lastModified(), CachedResponses.PUBLIC_PAGE_CACHE);
        String keys = SurrogateKeys.of(built.tags());
        return Response.fromResponse(response).header(SurrogateKeys.XKEY, keys)
                .header(SurrogateKeys.SURROGATE_KEY, keys).build();
    }

    private static String iso(java.time.Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
