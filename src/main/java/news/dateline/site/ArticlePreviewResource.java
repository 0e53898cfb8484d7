package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.article.ArticleService;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;
import news.dateline.newsroom.SignedIn;

/**
 * The newsroom's preview of a story: the public article page as readers would get it, for those
 * who may read the story in the newsroom; never cached, never indexed.
 */
@Path("/newsroom/articles/{id:\\d{1,18}}/preview")
public class ArticlePreviewResource {

    @Inject
    SignedIn signedIn;

    @Inject
    ArticleService articles;

    @Inject
    PublishedArticles published;

    @Inject
    ArticlePages articlePages;

    @GET
    public Response preview(@PathParam("id") long id) {
        Editor editor = signedIn.editor();
        editor.require(Permission.PREVIEW_ARTICLE);
        articles.forReading(editor, id);
        PublishedArticle article = published.preview(id).orElseThrow(NotFoundException::new);
        return Response.ok(articlePages.render(article, true, ""), "text/html;charset=UTF-8")
                .header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
