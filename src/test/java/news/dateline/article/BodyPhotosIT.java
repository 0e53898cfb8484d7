package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.media.MediaTestData;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
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
 * Photos placed in a body, over HTTP: named by their number in the plain-text syntax, they take the
 * library's caption and credit when they give none, the page draws them from the library, and they
 * become public with the article; a number that is not in the library is refused next to the body.
 */
@ExtendWith(ArquillianExtension.class)
class BodyPhotosIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(BodyPhotosIT.class, MediaTestData.class);
    }

    @Inject
    TestContent content;

    @Inject
    MediaTestData media;

    private final SiteClient site = new SiteClient();
    private NewsroomClient editor;
    private String section;

    @BeforeEach
    void anEditorSignedIn() {
        Login login = content.newAccount(Role.EDITOR);
        editor = new NewsroomClient();
        editor.signIn(login.username(), login.password());
        section = content.newSection();
    }

    @Test
    void aPhotoNamedByNumberTakesTheLibrarysCaptionAndCreditAndIsPublicOnceTheArticleIs() {
        String caption = "The quay at dawn " + System.nanoTime();
        long photo = upload(caption, "© Harbour desk");
        Map<String, String> article = new HashMap<>(Map.of("headline", "Quay reopens " + System.nanoTime(),
                "section", section, "body", "The quay reopened.\n\n![](photo:" + photo + ")\n\nShips are back.",
                "action", "save"));
        HttpResponse<String> saved = editor.postMultipart("/newsroom/articles", article, null, null, null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String edit = NewsroomClient.location(saved).replaceAll("\\?.*", "");
        Document form = editor.page(edit);
        String picture = "/media/" + photo + ".jpg";

        assertThat(form.selectFirst("#body").wholeText()).isEqualTo("The quay reopened.\n\n![" + caption + "](photo:"
                + photo + " \"Harbour desk\")\n\nShips are back.");
        assertThat(form.selectFirst("#body").attr("data-photos")).contains("\"" + photo + "\"", "thumbnailUrl");
        assertThat(form.selectFirst("#body-count").text()).isEqualTo("6 words, about 1 min to read");
        assertThat(site.get(picture).statusCode()).as("not public while the article is a draft").isEqualTo(404);

        Map<String, String> publish = new HashMap<>(article);
        publish.putAll(Map.of("body", form.selectFirst("#body").wholeText(), "action", "publish",
                "version", form.selectFirst("input[name=version]").val()));
        assertThat(editor.postMultipart(edit, publish, null, null, null).statusCode()).isEqualTo(303);
        String address = editor.page(edit).select(".article-state a").first().attr("href");
        Document page = site.page(address);

        assertThat(page.select(".article-body > *").stream().map(block -> block.normalName() + "." + block.className())
                .toList()).containsExactly("p.", "figure.body-photo", "p.");
        Element drawn = page.selectFirst(".article-body figure.body-photo");
        assertThat(drawn.select("> picture > img").attr("src")).isEqualTo(picture);
        assertThat(drawn.select("> picture > img").attr("srcset")).isEqualTo("/media/" + photo + "/320.jpg 320w, /media/"
                + photo + "/640.jpg 640w, /media/" + photo + "/1024.jpg 1024w, " + picture + " 1200w");
        assertThat(drawn.select("> picture > source").eachAttr("type")).as("WebP first, where the browser reads it")
                .containsExactly("image/webp");
        assertThat(drawn.select("> picture > source").attr("srcset")).isEqualTo("/media/" + photo + "/320.webp 320w,"
                + " /media/" + photo + "/640.webp 640w, /media/" + photo + "/1024.webp 1024w");
        assertThat(drawn.select("> picture > source").attr("sizes")).isEqualTo(drawn.select("> picture > img")
                .attr("sizes")).isNotEmpty();
        assertThat(site.get("/media/" + photo + "/640.webp").headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(drawn.select("> picture > img").attr("alt")).as("the library's alt text, not the caption")
                .isEqualTo("A quay with ships");
        assertThat(drawn.selectFirst("figcaption .caption").text()).isEqualTo(caption);
        assertThat(drawn.selectFirst("figcaption .credit").text()).isEqualTo("© Harbour desk");
        assertThat(site.get(picture).statusCode()).as("public with the article").isEqualTo(200);
    }

    @Test
    void aPhotoWithoutAltTextIsShownWithAnEmptyAltSoThatItsCaptionIsReadOnce() {
        String caption = "Cranes over the quay " + System.nanoTime();
        long photo = upload(caption, "Harbour desk", "");
        HttpResponse<String> published = editor.postMultipart("/newsroom/articles", Map.of("headline", "Cranes "
                + System.nanoTime(), "section", section, "body", "Cranes arrived.\n\n![](photo:" + photo + ")",
                "action", "publish"), null, null, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        String edit = NewsroomClient.location(published).replaceAll("\\?.*", "");
        Document page = site.page(editor.page(edit).select(".article-state a").first().attr("href"));

        org.jsoup.select.Elements img = page.select(".article-body figure.body-photo img");
        assertThat(img).hasSize(1);
        assertThat(img.first().hasAttr("alt")).isTrue();
        assertThat(img.attr("alt")).as("not the caption, which the figcaption gives").isEmpty();
        assertThat(page.selectFirst(".article-body figure.body-photo .caption").text()).isEqualTo(caption);
    }

    @Test
    void aPhotoNumberThatIsNotInTheLibraryIsRefusedNextToTheBodyAndNothingIsSaved() {
        editor.get("/newsroom/articles/new");
        String headline = "Missing photo " + System.nanoTime();
        HttpResponse<String> refused = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "Text.\n\n![A caption](photo:987654321012)", "action", "save"),
                null, null, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.selectFirst("#body-error").text()).contains("987654321012", "not in the library");
        assertThat(form.selectFirst("#body").attr("aria-describedby")).contains("body-error");
        assertThat(form.selectFirst("#body").wholeText()).isEqualTo("Text.\n\n![A caption](photo:987654321012)");
        assertThat(editor.page("/newsroom?q=" + headline.replace(' ', '+')).text()).doesNotContain(headline);
    }

    private long upload(String caption, String credit) {
        return upload(caption, credit, "A quay with ships");
    }

    private long upload(String caption, String credit, String altText) {
        editor.get("/newsroom/media");
        HttpResponse<String> upload = editor.postMultipart("/newsroom/media", Map.of("caption", caption, "credit",
                credit, "altText", altText), "file", "quay.jpg", Fixtures.samplePhoto());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);
        long photo = Long.parseLong(NewsroomClient.location(upload).replaceAll(".*/newsroom/media/(\\d+).*", "$1"));
        // Renditions are made in the background once the upload commits; the page lists them once they exist.
        Await.until("the photo's renditions", Duration.ofSeconds(20),
                () -> media.renditionWidths(photo).equals(List.of(320, 640, 1024)));
        return photo;
    }
}
