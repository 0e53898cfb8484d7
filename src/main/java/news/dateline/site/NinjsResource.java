package news.dateline.site;

import news.dateline.platform.JsonSupport;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.PageKey;
import news.dateline.platform.Permalinks;
import news.dateline.platform.Settings;
import news.dateline.platform.SurrogateKeys;

/**
 * The content API for other newsroom systems: published articles as IPTC ninjs 2.x JSON.
 * {@code /api/ninjs/articles/{id}} is one full item; {@code /api/ninjs/articles?since=} lists the
 * items changed after a time, oldest first, with a {@code next} link to keep polling. Both are public
 * and name their cache tags, so that a change purges them from the HTTP caches in front.
 */
@Path("/api/ninjs/articles")
public class NinjsResource {

    static final int PAGE = 100;
    static final MediaType JSON = MediaType.valueOf("application/json;charset=UTF-8");

    @Inject
    PublishedArticles articles;

    @Inject
    Permalinks links;

    @Inject
    Settings settings;

    @Inject
    SiteGeneration generation;

    @GET
    @Path("{id:\\d{1,18}}")
    public Response item(@PathParam("id") long id, @Context UriInfo uri, @Context Request request) {
        PublishedArticle a = articles.byId(id).orElseThrow(NotFoundException::new);
        String base = links.base();
        JsonObjectBuilder item = JsonSupport.object()
                .add("uri", base + links.article(a.publishedAt(), a.slug()))
                .add("type", "text")
                .add("representationtype", "complete")
                .add("profile", "dateline-article")
                .add("version", "1")
                .add("versioncreated", iso(a.updatedAt()))
                .add("firstcreated", iso(a.publishedAt()))
                .add("pubstatus", "usable")
                .add("language", a.language())
                .add("headlines", JsonSupport.array().add(JsonSupport.object()
                        .add("role", "main").add("value", a.headline())))
                .add("descriptions", JsonSupport.array().add(JsonSupport.object()
                        .add("role", "summary").add("value", a.lead())))
                .add("bodies", JsonSupport.array().add(JsonSupport.object()
                        .add("role", "main").add("contenttype", "text/html").add("value", a.bodyHtml())));
        item.add("by", a.bylines().isEmpty() ? (a.agencyMark() == null ? "" : a.agencyMark())
                : String.join(", ", a.bylines()));
        if (a.datelinePlace() != null) {
            item.add("located", a.datelinePlace());
        }
        JsonArrayBuilder subjects = JsonSupport.array();
        subjects.add(JsonSupport.object().add("name", a.sectionName()).add("uri", base + links.section(a.sectionSlug()))
                .add("rel", "section"));
        a.tags().forEach(t -> subjects.add(JsonSupport.object().add("name", t.name())
                .add("uri", base + links.tag(t.slug()))));
        item.add("subjects", subjects);
        if (a.photo() != null) {
            PublishedArticle.Photo p = a.photo();
            String href = base + links.photo(p.id(), p.extension());
            item.add("associations", JsonSupport.object().add("featureimage", JsonSupport.object()
                    .add("uri", href)
                    .add("type", "picture")
                    .add("headlines", JsonSupport.array().add(JsonSupport.object().add("value", p.caption())))
                    .add("descriptions", JsonSupport.array().add(JsonSupport.object()
                            .add("role", "caption").add("value", p.caption())))
                    .add("copyrightnotice", "© " + p.credit())
                    .add("by", p.credit())
                    .add("renditions", JsonSupport.object().add("original", JsonSupport.object()
                            .add("href", href).add("contenttype", "image/" + ("jpg".equals(p.extension()) ? "jpeg"
                                    : p.extension())).add("width", p.width()).add("height", p.height())))));
        }
        Set<String> tags = new HashSet<>(Set.of(CacheTag.article(a.id()), CacheTag.section(a.sectionSlug())));
        a.tags().forEach(t -> tags.add(CacheTag.tag(t.slug())));
        if (a.photo() != null) {
            tags.add(CacheTag.photo(a.photo().id()));
        }
        return tagged(json(request, item.build().toString(), a.updatedAt()), tags);
    }

    @GET
    public Response changes(@QueryParam("since") String since, @QueryParam("after") String after,
                            @Context UriInfo uri, @Context Request request) {
        Instant from;
        long afterId = 0;
        try {
            if (after != null && !after.isBlank()) {
                PageKey key = PageKey.parse(after);
                from = key.at();
                afterId = key.id();
            } else {
                from = since == null || since.isBlank() ? Instant.EPOCH
                        : news.dateline.platform.SqlValues.storable(Instant.parse(since.strip()));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new BadRequestException("since is a time like 2016-06-07T11:32:00Z");
        }
        List<ArticleSummary> changed = articles.changedSince(from, afterId, PAGE);
        String base = links.base();
        JsonArrayBuilder items = JsonSupport.array();
        Set<String> tags = new HashSet<>(Set.of(CacheTag.ALL_NEWS));
        for (ArticleSummary s : changed) {
            tags.add(CacheTag.article(s.id()));
            items.add(JsonSupport.object()
                    .add("uri", base + links.article(s.publishedAt(), s.slug()))
                    .add("type", "text")
                    .add("representationtype", "partial")
                    .add("versioncreated", iso(s.updatedAt()))
                    .add("firstcreated", iso(s.publishedAt()))
                    .add("pubstatus", "usable")
                    .add("headlines", JsonSupport.array().add(JsonSupport.object()
                            .add("role", "main").add("value", s.headline())))
                    .add("descriptions", JsonSupport.array().add(JsonSupport.object()
                            .add("role", "summary").add("value", s.lead())))
                    .add("links", JsonSupport.array().add(JsonSupport.object().add("rel", "self")
                            .add("href", base + "/api/ninjs/articles/" + s.id()))));
        }
        JsonObjectBuilder page = JsonSupport.object().add("items", items);
        if (changed.size() == PAGE) {
            ArticleSummary last = changed.get(changed.size() - 1);
            page.add("next", base + "/api/ninjs/articles?after=" + new PageKey(last.updatedAt(), last.id()).token());
        }
        return tagged(json(request, page.build().toString(), changed.isEmpty() ? generation.lastChange()
                : changed.get(changed.size() - 1).updatedAt()), tags);
    }

    private static Response json(Request request, String body, Instant modified) {
        return CachedResponses.conditional(request, body.getBytes(StandardCharsets.UTF_8), JSON, modified,
                CachedResponses.PUBLIC_PAGE_CACHE);
    }

    /**
     * Names the answer's cache tags for the HTTP caches in front of the site ({@code xkey},
     * {@code Surrogate-Key}), as public pages do: an item goes with its article (its section, tags and
     * photo too), a list of changes with any new or changed article.
     */
    private static Response tagged(Response response, Set<String> tags) {
        String keys = SurrogateKeys.of(tags);
        return Response.fromResponse(response).header(SurrogateKeys.XKEY, keys)
                .header(SurrogateKeys.SURROGATE_KEY, keys).build();
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
