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
import java.util.List;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.JsonSupport;

/**
 * A live story's updates as JSON, newest first, for its page to show new ones without a reload. Public,
 * with an ETag (a poll that finds nothing new costs a 304), cached like a page and dropped with the story.
 */
@Path("/live/{id:\\d{1,18}}.json")
@jakarta.transaction.Transactional
public class LiveUpdatesResource {

    /** Short: readers see an update within seconds even through an HTTP cache in front. */
    static final String CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=30";

    @Inject
    PublishedArticles articles;

    @Inject
    ArticlePages articlePages;

    @Inject
    PageTags pageTags;

    @GET
    public Response updates(@PathParam("id") long id, @Context Request request) {
        news.dateline.article.PublishedArticles.LiveStory story = articles.liveUpdates(id).orElseThrow(NotFoundException::new);
        List<PublishedArticle.LiveUpdate> updates = story.updates();
        news.dateline.platform.Language language = news.dateline.platform.Language.ofArticle(story.language());
        pageTags.add(CacheTag.article(id));
        JsonArrayBuilder list = JsonSupport.array();
        for (PublishedArticle.LiveUpdate update : updates) {
            if (update.photo() != null) {
                pageTags.add(CacheTag.photo(update.photo().id()));
            }
            ArticlePageView.LiveUpdate shown = articlePages.liveUpdate(update, language);
            JsonObjectBuilder item = JsonSupport.object()
                    .add("anchor", shown.anchor())
                    .add("iso", shown.iso())
                    .add("display", shown.display())
                    .add("postedBy", shown.postedBy())
                    .add("paragraphs", JsonSupport.array(shown.paragraphs()));
            if (shown.photo() != null) {
                item.add("photo", JsonSupport.object().add("url", shown.photo().url())
                        .add("webpUrl", shown.photo().webpUrl()).add("width", shown.photo().width())
                        .add("alt", shown.photo().alt()));
            }
            list.add(item);
        }
        byte[] body = JsonSupport.object().add("updates", list).build().toString().getBytes(StandardCharsets.UTF_8);
        return CachedResponses.conditional(request, body, NinjsResource.JSON,
                null, CACHE_CONTROL);
    }
}
