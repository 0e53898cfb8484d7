package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.ErrorPages;
import news.dateline.platform.Permalinks;

/**
 * The article page at its permalink. Drafts and unknown slugs are 404 for readers, a withdrawn
 * article is 410 Gone, and a former slug or date redirects permanently to the current permalink.
 * One instance serves every request (it keeps no request's state), so an uncached page does not
 * create and inject a resource first.
 */
@jakarta.enterprise.context.ApplicationScoped
@Path("/news/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
public class ArticlePageResource {

    @Inject
    PublishedArticles articles;

    @Inject
    ArticlePages articlePages;

    @Inject
    ArticleMemory memory;

    @Inject
    ErrorPages errorPages;

    @Inject
    Permalinks links;

    @Inject
    news.dateline.platform.Settings settings;

    /**
     * The page from the article as {@link ArticleMemory} keeps it: an article kept and current takes
     * no statement and no transaction; one read takes one transaction.
     */
    @GET
    public Response show(@PathParam("year") String year, @PathParam("month") String month,
                         @PathParam("day") String day, @PathParam("slug") String slug,
                         @Context Request request, @Context jakarta.ws.rs.core.UriInfo uri) {
        Optional<ArticlePages.PreparedArticle> found = memory.bySlug(slug);
        if (found.isEmpty()) {
            return elsewhere(slug);
        }
        PublishedArticle article = found.get().article();
        String canonical = links.article(article.publishedAt(), article.slug());
        if (!canonical.equals(String.format("/news/%s/%s/%s/%s", year, month, day, slug))) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(canonical)).build();
        }
        return CachedResponses.page(request, articlePages.render(found.get(), false), article.updatedAt());
    }

    private Response elsewhere(String slug) {
        Optional<String> withdrawn = articles.withdrawalReason(slug);
        if (withdrawn.isPresent()) {
            String reason = withdrawn.get();
            return errorPages.page(410, reason.isBlank() ? news.dateline.platform.PageRenderer.message("article.withdrawn")
                    : news.dateline.platform.PageRenderer.message("article.withdrawnBecause", reason));
        }
        PublishedArticle renamed = articles.formerlyAt(slug).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create(links.article(renamed.publishedAt(), renamed.slug()))).build();
    }
}
