package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Role;
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
        return Deployments.withTests(BodyPhotosIT.class);
    }

    @Inject
    TestContent content;

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
        assertThat(page.selectFirst(".article-body figure.body-photo img").attr("src")).isEqualTo(picture);
        assertThat(page.selectFirst(".article-body figure.body-photo .credit").text()).isEqualTo("© Harbour desk");
        assertThat(site.get(picture).statusCode()).as("public with the article").isEqualTo(200);
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
        editor.get("/newsroom/media");
        HttpResponse<String> upload = editor.postMultipart("/newsroom/media", Map.of("caption", caption, "credit",
                credit, "altText", "A quay with ships"), "file", "quay.jpg", Fixtures.samplePhoto());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);
        return Long.parseLong(NewsroomClient.location(upload).replaceAll(".*/newsroom/media/(\\d+).*", "$1"));
    }
}
