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
import news.dateline.article.PageKey;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.CachedResponses;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/** "All news" and the section pages: published articles, newest first, 20 a page, keyset-paged. */
@Path("/")
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

    @GET
    public Response allNews(@QueryParam("before") String before, @Context Request request) {
        PageKey after = ListingPages.parseKey(before);
        List<ArticleSummary> slice = articles.newest(after, ListingPages.PAGE_SIZE + 1);
        ListingPage page = listings.page("All news", "All news", slice, links.allNews(), links::allNewsOlderThan);
        return respond(request, page, null, slice);
    }

    @GET
    @Path("section/{slug}")
    public Response section(@PathParam("slug") String slug, @QueryParam("before") String before,
                            @Context Request request) {
        Section section = sections.findBySlug(slug).orElseThrow(NotFoundException::new);
        PageKey after = ListingPages.parseKey(before);
        List<ArticleSummary> slice = articles.newestInSection(slug, after, ListingPages.PAGE_SIZE + 1);
        ListingPage page = listings.page(section.getName(), section.getName(), slice, links.section(slug),
                key -> links.sectionOlderThan(slug, key));
        return respond(request, page, slug, slice);
    }

    private Response respond(Request request, ListingPage page, String sectionSlug, List<ArticleSummary> slice) {
        String html = pages.render("site/listing", sectionSlug, Map.of("page", page));
        Instant lastModified = slice.stream().map(ArticleSummary::updatedAt).max(Comparator.naturalOrder())
                .orElse(null);
        return CachedResponses.page(request, html, lastModified);
    }
}
