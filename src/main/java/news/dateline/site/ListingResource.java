package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticles;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.PageKey;
import news.dateline.platform.PagePosition;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/** "All news" and the section pages: published articles, newest first, 20 a page, keyset-paged. */
@Path("/")
@jakarta.transaction.Transactional
public class ListingResource {

    @Inject
    PublishedArticles articles;

    @Inject
    SectionService sections;

    @Inject
    ListingPages listings;

    @Inject
    SitePages pages;

    @Inject
    Permalinks links;

    @Inject
    ContributorService contributors;

    @Inject
    news.dateline.platform.Settings settings;

    @Inject
    SiteGeneration generation;

    @Inject
    PageTags pageTags;

    @Inject
    FrontPages fronts;

    /** The home page: the front editors arrange. An older page of All news asked at its former address moves. */
    @GET
    public Response home(@QueryParam("before") String before, @Context Request request,
                         @Context jakarta.ws.rs.core.UriInfo uri) {
        if (before != null && !before.isEmpty()) {
            // Checked as All news checks it (a malformed position is a 400), then passed on as it was given.
            PageKey after = PagePosition.fromQuery(before);
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create(after == null ? links.allNews() : links.allNews() + "?before="
                            + java.net.URLEncoder.encode(before, java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
        }
        return front(request, news.dateline.front.FrontKey.HOME, null, null);
    }

    @GET
    @Path("news")
    public Response allNews(@QueryParam("before") String before, @Context Request request,
                            @Context jakarta.ws.rs.core.UriInfo uri) {
        PageKey after = PagePosition.fromQuery(before);
        List<ArticleSummary> slice = articles.newest(after, ListingPages.PAGE_SIZE + 1);
        pageTags.add(CacheTag.ALL_NEWS).listing(slice);
        String title = PageRenderer.message("nav.allNews");
        ListingPage page = listings.page(title, title, slice, links.allNews(), links::allNewsOlderThan);
        return respond(request, page, null, slice, uri);
    }

    @GET
    @Path("section/{slug}")
    public Response section(@PathParam("slug") String slug, @QueryParam("before") String before,
                            @Context Request request, @Context jakarta.ws.rs.core.UriInfo uri) {
        PageKey after = PagePosition.fromQuery(before);
        if (after == null) {
            // The section's name comes with its stories: an unknown or empty section has none (404).
            return front(request, news.dateline.front.FrontKey.section(slug), slug, null);
        }
        Section section = sections.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<ArticleSummary> slice = nothingPublishedIsGone(after,
                articles.newestInSection(slug, after, ListingPages.PAGE_SIZE + 1),
                () -> articles.newestInSection(slug, null, 1));
        pageTags.add(CacheTag.section(slug)).listing(slice);
        ListingPage page = listings.page(section.getName(), section.getName(), slice, links.section(slug),
                key -> links.sectionOlderThan(slug, key));
        return respond(request, page, slug, slice, uri);
    }

    @GET
    @Path("tag/{slug}")
    public Response tag(@PathParam("slug") String slug, @QueryParam("before") String before,
                        @Context Request request, @Context jakarta.ws.rs.core.UriInfo uri) {
        String name = articles.tagName(slug).orElseThrow(NotFoundException::new);
        PageKey after = PagePosition.fromQuery(before);
        List<ArticleSummary> slice = nothingPublishedIsGone(after,
                articles.newestTagged(slug, after, ListingPages.PAGE_SIZE + 1), () -> articles.newestTagged(slug, null, 1));
        pageTags.add(CacheTag.tag(slug)).listing(slice);
        ListingPage page = listings.page(name, name, slice, links.tag(slug), key -> links.tag(slug) + "?before="
                + key.token());
        return respond(request, page, null, slice, uri);
    }

    @GET
    @Path("author/{slug}")
    public Response author(@PathParam("slug") String slug, @QueryParam("before") String before,
                           @Context Request request, @Context jakarta.ws.rs.core.UriInfo uri) {
        Contributor contributor = contributors.findBySlug(slug).orElseThrow(NotFoundException::new);
        PageKey after = PagePosition.fromQuery(before);
        List<ArticleSummary> slice = nothingPublishedIsGone(after,
                articles.newestBy(contributor.getId(), after, ListingPages.PAGE_SIZE + 1),
                () -> articles.newestBy(contributor.getId(), null, 1));
        pageTags.add(CacheTag.author(contributor.getId())).listing(slice);
        ListingPage page = listings.page(contributor.getName(), contributor.getName(), slice, links.author(slug),
                key -> links.author(slug) + "?before=" + key.token());
        String html = pages.render("site/listing", null, Map.of("page", page, "intro", contributor.getBio(),
                "meta", meta(page, uri)));
        return CachedResponses.page(request, html, lastModified(slice));
    }

    /** Canonical address (the first page), feeds and the page's items as a schema.org ItemList. */
    private PageMeta meta(ListingPage page, jakarta.ws.rs.core.UriInfo uri) {
        String base = links.base();
        String url = base + page.newestUrl();
        return new PageMeta(url, page.title(), page.title() + " — " + settings.siteName(), "website", null, null,
                null, null, StructuredData.collectionPage(page.title(), url, page.items().stream().map(i -> base + i.url()).toList()),
                base + links.feed(page.newestUrl(), "rss"), base + links.feed(page.newestUrl(), "atom"));
    }

    /**
     * A section, tag or author with no published article is not public yet: every page of it is 404
     * (drafts must not reveal a tag's name or a new section). An empty older page of a public listing
     * costs one more query to tell the two apart.
     */
    static List<ArticleSummary> nothingPublishedIsGone(PageKey after, List<ArticleSummary> slice,
                                                        java.util.function.Supplier<List<ArticleSummary>> newest) {
        if (slice.isEmpty() && (after == null || newest.get().isEmpty())) {
            throw new NotFoundException();
        }
        return slice;
    }

    /** The newest change among the listed articles; for an empty page, the site's last change. */
    private java.time.Instant lastModified(List<ArticleSummary> slice) {
        return slice.stream().map(ArticleSummary::updatedAt).max(Comparator.naturalOrder())
                .orElse(generation.lastChange());
    }

    /** A front: its arrangement as published, filled with the newest stories, and what it shows as cache tags. */
    private Response front(Request request, news.dateline.front.FrontKey key, String sectionSlug, String sectionName) {
        FrontPages.Built built = fronts.live(key, sectionName);
        pageTags.addAll(built.tags());
        FrontPage page = built.page();
        String base = links.base();
        String url = base + (key.isHome() ? links.home() : links.section(sectionSlug));
        List<String> items = new java.util.ArrayList<>();
        if (page.lead() != null) {
            items.add(base + page.lead().item().url());
        }
        page.secondary().forEach(i -> items.add(base + i.url()));
        page.blocks().forEach(b -> b.items().forEach(i -> items.add(base + i.url())));
        page.more().forEach(i -> items.add(base + i.url()));
        String feedPath = key.isHome() ? links.allNews() : links.section(sectionSlug);
        PageMeta meta = new PageMeta(url, page.title(), key.isHome() ? settings.siteName()
                : page.title() + " — " + settings.siteName(), "website", null, null, null, null,
                StructuredData.collectionPage(page.title(), url, items),
                base + links.feed(feedPath, "rss"), base + links.feed(feedPath, "atom"));
        String html = pages.render("site/front", sectionSlug, Map.of("front", page, "meta", meta));
        return CachedResponses.page(request, html, built.lastModified());
    }

    private Response respond(Request request, ListingPage page, String sectionSlug, List<ArticleSummary> slice,
                             jakarta.ws.rs.core.UriInfo uri) {
        String html = pages.render("site/listing", sectionSlug, Map.of("page", page, "intro", "",
                "meta", meta(page, uri)));
        return CachedResponses.page(request, html, lastModified(slice));
    }
}
