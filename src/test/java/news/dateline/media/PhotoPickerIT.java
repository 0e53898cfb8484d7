package news.dateline.media;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The photo picker at {@code /newsroom/media/search}: JSON for scripts, a page of thumbnails without
 * JavaScript, keyset paged, words matched against caption, credit, alt text and file name; and the
 * way back to the editor without losing what was typed.
 */
@ExtendWith(ArquillianExtension.class)
class PhotoPickerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PhotoPickerIT.class, TestImages.class);
    }

    @Inject
    TestContent content;

    @Inject
    MediaLibrary library;

    @Inject
    ArticleService articles;

    private Login login;
    private NewsroomClient writer;
    private String word;

    @BeforeEach
    void aWriterSignedIn() {
        login = content.newAccount(Role.WRITER);
        writer = new NewsroomClient();
        writer.signIn(login.username(), login.password());
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void jsonListsMatchingPhotosNewestFirstWithEveryField() {
        MediaAsset byCaption = photo(word + " harbour at dawn", "Reuters", "Cranes over the water", "a.jpg");
        MediaAsset byCredit = photo("Harbour", "Photo " + word, "", "b.jpg");
        MediaAsset byAlt = photo("Quay", "AP", "Boats, " + word.toUpperCase(), "c.jpg");
        MediaAsset byName = photo("Pier", "AFP", "", "pier-" + word + ".jpg");
        photo("Something else", "TASS", "", "d.jpg");

        JsonObject json = json("/newsroom/media/search?q=" + word);

        assertThat(json.getJsonArray("photos")).extracting(p -> ((JsonObject) p).getJsonNumber("id").longValue())
                .containsExactly(byName.getId(), byAlt.getId(), byCredit.getId(), byCaption.getId());
        assertThat(json.isNull("older")).isTrue();
        JsonObject first = json.getJsonArray("photos").getJsonObject(3);
        assertThat(first.getString("caption")).isEqualTo(word + " harbour at dawn");
        assertThat(first.getString("credit")).isEqualTo("Reuters");
        assertThat(first.getString("alt")).isEqualTo("Cranes over the water");
        assertThat(first.getInt("width")).isEqualTo(200);
        assertThat(first.getInt("height")).isEqualTo(150);
        assertThat(first.getString("url")).isEqualTo("/media/" + byCaption.getId() + ".jpg");
        assertThat(writer.get(first.getString("thumbnailUrl")).statusCode()).isEqualTo(200);
    }

    @Test
    void everyWordMustMatchSomewhere() {
        MediaAsset both = photo(word + " harbour", "Reuters", "", "a.jpg");
        photo(word + " airport", "Reuters", "", "b.jpg");

        JsonObject json = json("/newsroom/media/search?q=" + word + "%20HARBOUR");

        assertThat(json.getJsonArray("photos")).extracting(p -> ((JsonObject) p).getJsonNumber("id").longValue())
                .containsExactly(both.getId());
    }

    @Test
    void pagesTwentyAtATimeByKeyWithoutRepeatsOrGaps() {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            made.add(photo(word + " " + i, "Staff", "", "p" + i + ".jpg").getId());
        }

        JsonObject first = json("/newsroom/media/search?q=" + word);
        JsonObject second = json("/newsroom/media/search?q=" + word + "&before=" + first.getString("older"));

        List<Long> seen = new ArrayList<>();
        first.getJsonArray("photos").forEach(p -> seen.add(((JsonObject) p).getJsonNumber("id").longValue()));
        assertThat(seen).hasSize(20);
        second.getJsonArray("photos").forEach(p -> seen.add(((JsonObject) p).getJsonNumber("id").longValue()));
        assertThat(second.isNull("older")).isTrue();
        java.util.Collections.reverse(made);
        assertThat(seen).containsExactlyElementsOf(made);
    }

    @Test
    void theHtmlPickerShowsThumbnailsWithAltAndAButtonThatTakesThePhotoToANewArticle() {
        MediaAsset photo = photo(word + " harbour", "Reuters", "Cranes over the water", "a.jpg");
        MediaAsset noAlt = photo(word + " quay", "AP", "", "b.jpg");

        Document page = writer.page("/newsroom/media/search?q=" + word);

        assertThat(page.select("main img")).extracting(img -> img.attr("alt"))
                .containsExactly(word + " quay", "Cranes over the water");
        assertThat(page.select("main form[method=post] button")).extracting(Element::text)
                .containsOnly("Use this photo");
        assertThat(page.select("label[for=picker-q]")).hasSize(1);
        assertThat(page.select(".warning").text()).contains("No alt text");
        Element use = page.select("main form[method=post]").get(1);
        assertThat(use.attr("action")).isEqualTo("/newsroom/articles/new/photo");

        HttpResponse<String> chosen = writer.post(use.attr("action"), Map.of("photoId", use.selectFirst(
                "input[name=photoId]").val()));

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(NewsroomClient.location(chosen)).isEqualTo("/newsroom/articles/new?restore=autosave");
        Document editor = writer.page(NewsroomClient.location(chosen));
        assertThat(editor.selectFirst("input[name=photoId]").val()).isEqualTo(photo.getId().toString());
        assertThat(noAlt.getId()).isNotEqualTo(photo.getId());
    }

    @Test
    void goingToThePickerFromTheEditorKeepsWhatWasTypedAndChangesNothingStored() {
        String section = content.newSection();
        Article article = content.draftBy(login, anArticle().inSection(section).withHeadline("Stored headline"));
        MediaAsset photo = photo(word, "Reuters", "Cranes", "a.jpg");
        writer.get("/newsroom/articles/" + article.getId());

        HttpResponse<String> toPicker = writer.postMultipart("/newsroom/articles/" + article.getId()
                + "/photo-picker", Map.of("headline", "Typed but not saved", "section", section,
                "version", Long.toString(article.getVersion()), "body", "<p>Typed body</p>"), null, null, null);

        assertThat(toPicker.statusCode()).isEqualTo(303);
        assertThat(NewsroomClient.location(toPicker)).isEqualTo("/newsroom/media/search?for=" + article.getId());
        Document picker = writer.page("/newsroom/media/search?for=" + article.getId() + "&q=" + word);
        Element use = picker.selectFirst("main form[method=post]");
        assertThat(use.attr("action")).isEqualTo("/newsroom/articles/" + article.getId() + "/photo");

        HttpResponse<String> back = writer.post(use.attr("action"), Map.of("photoId", photo.getId().toString()));

        Document editor = writer.page(NewsroomClient.location(back));
        assertThat(editor.selectFirst("#headline").val()).isEqualTo("Typed but not saved");
        assertThat(editor.selectFirst("#body").text()).isEqualTo("<p>Typed body</p>");
        assertThat(editor.selectFirst("input[name=photoId]").val()).isEqualTo(photo.getId().toString());
        Article stored = articles.forEditing(content.editorOf(login), article.getId());
        assertThat(stored.getHeadline()).isEqualTo("Stored headline");
        assertThat(stored.getVersion()).isEqualTo(article.getVersion());
        assertThat(stored.getMainPhoto()).isNull();
    }

    @Test
    void withoutASessionJsonGets401AndAPageGoesToSignIn() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");

        HttpResponse<String> json = anonymous.send(HttpRequest.newBuilder(URI.create(base
                + "/newsroom/media/search?q=x")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> html = anonymous.send(HttpRequest.newBuilder(URI.create(base
                + "/newsroom/media/search?q=x")).header("Accept", "text/html,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(json.statusCode()).isEqualTo(401);
        assertThat(json.body()).doesNotContain("<html");
        assertThat(html.statusCode()).isEqualTo(303);
        assertThat(html.headers().firstValue("Location").orElseThrow()).contains("/newsroom/login?next=");
    }

    @Test
    void aForgedPagePositionOrPhotoIsRefusedWith400() {
        HttpResponse<String> json = writer.getWithHeaders("/newsroom/media/search?before=nonsense",
                "Accept", "application/json");
        HttpResponse<String> html = writer.get("/newsroom/media/search?before=nonsense");
        writer.get("/newsroom/media/search");
        HttpResponse<String> choice = writer.post("/newsroom/articles/new/photo", Map.of("photoId", "x1"));
        HttpResponse<String> missing = writer.post("/newsroom/articles/new/photo", Map.of("photoId",
                "999999999999"));

        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(json.body())).readObject().getString("field"))
                .isEqualTo("before");
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(choice.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(400);
    }

    private JsonObject json(String path) {
        HttpResponse<String> response = writer.getWithHeaders(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A photo of the library; an upload refused while the rendition queue is full is tried again. */
    private MediaAsset photo(String caption, String credit, String alt, String fileName) {
        for (int attempt = 0; ; attempt++) {
            try {
                return library.store(TestImages.jpeg(200, 150), fileName, new PhotoDescription(caption, credit, alt));
            } catch (PhotoBusyException e) {
                if (attempt > 200) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
