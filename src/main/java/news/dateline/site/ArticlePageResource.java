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
import java.util.Map;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.NewsroomClock;

/** The article page at its permalink; drafts and unknown slugs are 404 for readers. */
@Path("/news/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
public class ArticlePageResource {

    @Inject
    PublishedArticles articles;

    @Inject
    SitePages pages;

    @Inject
    Permalinks links;

    @Inject
    NewsroomClock clock;

    @GET
    public Response show(@PathParam("year") String year, @PathParam("month") String month,
                         @PathParam("day") String day, @PathParam("slug") String slug,
                         @Context Request request) {
        PublishedArticle article = articles.bySlug(slug).orElseThrow(NotFoundException::new);
        String canonical = links.article(article.publishedAt(), article.slug());
        if (!canonical.equals(String.format("/news/%s/%s/%s/%s", year, month, day, slug))) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(canonical)).build();
        }
        String html = pages.render("site/article", article.sectionSlug(), Map.of("article", view(article)));
        return CachedResponses.page(request, html, article.updatedAt());
    }

    private ArticlePageView view(PublishedArticle a) {
        String dateline = Dateline.of(a.datelinePlace(), clock.datelineDate(a.publishedAt()), a.agencyMark());
        PublishedArticle.Photo p = a.photo();
        ArticlePageView.Photo photo = p == null ? null : new ArticlePageView.Photo(
                links.photo(p.id(), p.extension()), p.width(), p.height(), p.caption(), p.credit(),
                altText(p.caption(), p.credit()));
        return new ArticlePageView(a.headline(), a.lead(), dateline, Dateline.openBody(a.bodyHtml(), dateline),
                photo, a.sectionName(), links.section(a.sectionSlug()), clock.iso(a.publishedAt()),
                clock.display(a.publishedAt()), a.bylines(),
                a.tags().stream().map(PublishedArticle.TagLink::name).toList(), links.allNews());
    }

    /** Alt text: the caption followed by the credit, as the wire's own page has it. */
    static String altText(String caption, String credit) {
        return (caption + " " + credit).strip();
    }
}
