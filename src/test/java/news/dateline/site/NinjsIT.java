package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import news.dateline.article.Article;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class NinjsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NinjsIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    MediaLibrary media;

    private final SiteClient site = new SiteClient();

    @Test
    void aPublishedArticleIsANinjsItemWithItsPictureAndCredit() {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "Caption of the photo", "EPA / POOL");
        Article article = content.publish(anArticle().inSection(content.newSection()).taggedWith("Syria")
                .bylinedTo("Anna Petrova").withPhoto(photo.getId(), null), Instant.parse("2016-06-07T11:32:00Z"));

        HttpResponse<String> response = site.get("/api/ninjs/articles/" + article.getId());
        JsonObject item = Json.createReader(new StringReader(response.body())).readObject();

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(item.getString("uri")).endsWith("/news/2016/06/07/" + article.getSlug());
        assertThat(item.getString("type")).isEqualTo("text");
        assertThat(item.getString("pubstatus")).isEqualTo("usable");
        assertThat(item.getString("firstcreated")).isEqualTo("2016-06-07T11:32:00Z");
        assertThat(item.getString("versioncreated")).isNotBlank();
        assertThat(item.getJsonArray("headlines").getJsonObject(0).getString("value")).isEqualTo(article.getHeadline());
        assertThat(item.getJsonArray("bodies").getJsonObject(0).getString("contenttype")).isEqualTo("text/html");
        assertThat(item.getString("by")).isEqualTo("Anna Petrova");
        assertThat(item.getString("located")).isEqualTo("Lisbon");
        assertThat(item.getJsonArray("subjects").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("name")).contains("Syria");
        JsonObject picture = item.getJsonObject("associations").getJsonObject("featureimage");
        assertThat(picture.getString("type")).isEqualTo("picture");
        assertThat(picture.getString("copyrightnotice")).isEqualTo("© EPA / POOL");
        assertThat(picture.getJsonArray("descriptions").getJsonObject(0).getString("value"))
                .isEqualTo("Caption of the photo");
        assertThat(picture.getJsonObject("renditions").getJsonObject("original").getInt("width")).isEqualTo(1200);
        assertThat(site.get("/api/ninjs/articles/999999999").statusCode()).isEqualTo(404);
    }

    /**
     * The API's answers are public (kept by HTTP caches in front) and name their cache tags as public
     * pages do, so that a change purges them: an item its article, section, tags and photo; a list of
     * changes all news and each article it lists, also when it is answered 304.
     */
    @Test
    void itemsAndListsOfChangesNameTheirCacheTagsForTheHttpCaches() {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "Caption", "Credit");
        String section = content.newSection();
        Instant before = Instant.now().minusSeconds(1);
        Article article = content.publish(anArticle().inSection(section).taggedWith("Harbour")
                .withPhoto(photo.getId(), null), Instant.now());

        HttpResponse<String> item = site.get("/api/ninjs/articles/" + article.getId());
        HttpResponse<String> list = site.get("/api/ninjs/articles?since=" + before);
        HttpResponse<String> notModified = site.get("/api/ninjs/articles?since=" + before, "If-None-Match",
                list.headers().firstValue("ETag").orElseThrow());

        assertThat(item.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(keys(item, "xkey")).contains("article:" + article.getId(), "section:" + section, "tag:harbour",
                "photo:" + photo.getId());
        assertThat(keys(item, "Surrogate-Key")).isEqualTo(keys(item, "xkey"));
        assertThat(list.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(keys(list, "xkey")).contains("all", "article:" + article.getId());
        assertThat(keys(list, "Surrogate-Key")).isEqualTo(keys(list, "xkey"));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(keys(notModified, "xkey")).contains("all", "article:" + article.getId());
    }

    private static java.util.List<String> keys(HttpResponse<String> response, String header) {
        return java.util.List.of(response.headers().firstValue(header).orElse("").split(" "));
    }

    @Test
    void clientsPollForChangesSinceATimeWithConditionalRequests() {
        Instant before = Instant.now().minusSeconds(1);
        Article article = content.publish(anArticle().inSection(content.newSection()), Instant.now());

        HttpResponse<String> changes = site.get("/api/ninjs/articles?since=" + before);
        String etag = changes.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site.get("/api/ninjs/articles?since=" + before, "If-None-Match", etag);

        JsonObject page = Json.createReader(new StringReader(changes.body())).readObject();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("uri"))
                .anyMatch(uri -> uri.endsWith(article.getSlug()));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(site.get("/api/ninjs/articles?since=yesterday").statusCode()).isEqualTo(400);
    }
}
