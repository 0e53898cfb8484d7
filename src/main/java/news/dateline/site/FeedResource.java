package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticles;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.platform.Settings;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/** RSS 2.0 and Atom feeds for All news, each section, each tag and each author: the latest 50. */
@Path("/")
@jakarta.transaction.Transactional
public class FeedResource {

    static final MediaType RSS = MediaType.valueOf("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.valueOf("application/atom+xml;charset=UTF-8");

    @Inject
    PublishedArticles articles;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    @Inject
    Feeds feeds;

    @Inject
    Permalinks links;

    @Inject
    Settings settings;

    @Inject
    SiteGeneration generation;

    @Inject
    PageTags pageTags;

    @GET
    @Path("feeds/all.{format:rss|atom}")
    public Response allNews(@PathParam("format") String format, @Context UriInfo uri, @Context Request request) {
        pageTags.add(CacheTag.ALL_NEWS);
        return feed(format, PageRenderer.message("nav.allNews"), links.allNews(), () -> articles.newest(null, Feeds.SIZE), uri, request);
    }

    @GET
    @Path("section/{slug}/feed.{format:rss|atom}")
    public Response section(@PathParam("slug") String slug, @PathParam("format") String format,
                            @Context UriInfo uri, @Context Request request) {
        Section section = sections.findBySlug(slug).orElseThrow(NotFoundException::new);
        pageTags.add(CacheTag.section(slug));
        return feed(format, section.getName(), links.section(slug),
                () -> articles.newestInSection(slug, null, Feeds.SIZE), uri, request);
    }

    @GET
    @Path("tag/{slug}/feed.{format:rss|atom}")
    public Response tag(@PathParam("slug") String slug, @PathParam("format") String format,
                        @Context UriInfo uri, @Context Request request) {
        String name = articles.tagName(slug).orElseThrow(NotFoundException::new);
        pageTags.add(CacheTag.tag(slug));
        return feed(format, name, links.tag(slug), () -> articles.newestTagged(slug, null, Feeds.SIZE), uri, request);
    }

    @GET
    @Path("author/{slug}/feed.{format:rss|atom}")
    public Response author(@PathParam("slug") String slug, @PathParam("format") String format,
                           @Context UriInfo uri, @Context Request request) {
        Contributor contributor = contributors.findBySlug(slug).orElseThrow(NotFoundException::new);
        pageTags.add(CacheTag.author(contributor.getId()));
        return feed(format, contributor.getName(), links.author(slug),
                () -> articles.newestBy(contributor.getId(), null, Feeds.SIZE), uri, request);
    }

    private Response feed(String format, String title, String listingPath, Supplier<List<ArticleSummary>> items,
                          UriInfo uri, Request request) {
        List<ArticleSummary> latest = items.get();
        if (!listingPath.equals(links.allNews())) {
            ListingResource.nothingPublishedIsGone(null, latest, List::of);
        }
        pageTags.listing(latest);
        String base = links.base();
        Map<Long, List<PublishedArticles.FeedUpdate>> updates = articles.recentLiveUpdates(
                latest.stream().map(ArticleSummary::id).toList(), Feeds.UPDATES_PER_STORY);
        String xml = "rss".equals(format) ? feeds.rss(base, title, listingPath, latest, updates)
                : feeds.atom(base, title, listingPath, latest, updates);
        Instant modified = latest.stream().map(ArticleSummary::updatedAt).max(Comparator.naturalOrder())
                .orElse(generation.lastChange());
        return CachedResponses.conditional(request, xml.getBytes(StandardCharsets.UTF_8),
                "rss".equals(format) ? RSS : ATOM, modified, CachedResponses.PUBLIC_PAGE_CACHE);
    }
}
