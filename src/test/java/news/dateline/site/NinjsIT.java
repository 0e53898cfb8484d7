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
