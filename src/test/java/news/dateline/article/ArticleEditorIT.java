package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
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

/** The article editor over HTTP: validation, slugs, withdrawal, uploads, conflicts, preview. */
@ExtendWith(ArquillianExtension.class)
class ArticleEditorIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ArticleEditorIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ContributorService contributors;

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
    void aFormWithErrorsComesBackWithEveryValueAndAMessageNextToEachField() {
        editor.get("/newsroom/articles/new");
        Map<String, String> typed = new HashMap<>();
        typed.put("headline", "");
        typed.put("lead", "x".repeat(1001));
        typed.put("body", "<p>Ten paragraphs of careful work that must not be lost.</p>");
        typed.put("datelinePlace", "Ålesund");
        typed.put("section", "no-such-section");
        typed.put("tags", "Fisheries, Norway");
        typed.put("publishAt", "7 June 2016");
        typed.put("slug", "Not A Slug");
        typed.put("action", "save");

        HttpResponse<String> response = editor.postMultipart("/newsroom/articles", typed, null, null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.body());
        assertThat(form.selectFirst("#headline-error").text()).isEqualTo("Write a headline.");
        assertThat(form.selectFirst("#lead-error").text()).contains("At most 1000");
        assertThat(form.selectFirst("#section-error").text()).contains("Choose one of the sections");
        assertThat(form.selectFirst("#publishAt-error").text()).contains("year-month-day");
        assertThat(form.selectFirst("#slug-error").text()).contains("lower-case");
        assertThat(form.selectFirst("#lead").text()).isEqualTo("x".repeat(1001));
        assertThat(form.selectFirst("#body").text()).isEqualTo(typed.get("body"));
        assertThat(form.selectFirst("#datelinePlace").val()).isEqualTo("Ålesund");
        assertThat(form.selectFirst("#tags").val()).isEqualTo("Fisheries, Norway");
        assertThat(form.selectFirst("#publishAt").val()).isEqualTo("7 June 2016");
        assertThat(form.selectFirst("#headline").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select(".error-summary li")).hasSize(5);
    }

    @Test
    void plainTextOfAWireStoryKeepsItsParagraphsAndBylinesKeepTheirOrder() {
        Contributor first = contributors.createUnchecked("Anna Petrova", "", null, null);
        Contributor second = contributors.createUnchecked("James Okafor", "", null, null);
        String wire = String.join("\n\n", Fixtures.seedArticleLines().subList(8, 12));
        Map<String, String> fields = new HashMap<>(Map.of("headline", "Wire copy " + System.nanoTime(),
                "section", section, "body", wire, "byline1", second.getId().toString(),
                "byline2", first.getId().toString(), "bylineText", "TASS staff", "action", "publish"));
        fields.put("publishAt", "2016-06-07T14:32");
        editor.get("/newsroom/articles/new");

        HttpResponse<String> saved = editor.postMultipart("/newsroom/articles", fields, null, null, null);
        Document edit = editor.page(NewsroomClient.location(saved));
        Document page = site.page(edit.selectFirst(".article-state a").attr("href"));

        assertThat(page.select(".article-body > p").eachText())
                .containsExactlyElementsOf(Fixtures.seedArticleLines().subList(8, 12));
        assertThat(page.selectFirst(".bylines").text()).isEqualTo("By James Okafor, Anna Petrova, TASS staff");
    }

    @Test
    void changingThePublishedSlugKeepsTheOldAddressWorkingWithAPermanentRedirect() {
        String headline = "Harbour reopens " + System.nanoTime();
        Published article = publishThroughTheForm(headline);
        String oldPath = article.publicPath();
        Document form = editor.page(article.editUrl());

        HttpResponse<String> renamed = editor.postMultipart(article.editUrl(), Map.of("headline", headline,
                "section", section, "slug", "harbour-reopens-after-storm-" + System.nanoTime() % 1000,
                "version", form.selectFirst("input[name=version]").val(), "action", "save"), null, null, null);
        Document after = editor.page(NewsroomClient.location(renamed));
        String newPath = after.selectFirst(".article-state a").attr("href");
        HttpResponse<String> old = site.get(oldPath);

        assertThat(newPath).isNotEqualTo(oldPath).contains("harbour-reopens-after-storm-");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith(newPath);
        assertThat(site.get(newPath).statusCode()).isEqualTo(200);
    }

    @Test
    void aWithdrawnArticleAnswersGoneWithItsReason() {
        Published article = publishThroughTheForm("Council vote " + System.nanoTime());
        String path = article.publicPath();
        Document form = editor.page(article.editUrl());

        HttpResponse<String> withdrawn = editor.post(article.editUrl() + "/withdraw", Map.of("version",
                form.selectFirst("form[action$=/withdraw] input[name=version]").val(),
                "reason", "The vote was postponed; the report was premature.", "confirm", "yes"));
        HttpResponse<String> gone = site.get(path);

        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(gone.body()).text()).contains("withdrawn", "The vote was postponed");
        assertThat(editor.page(article.editUrl()).selectFirst(".history").text()).contains("Published → Withdrawn");
    }

    @Test
    void aFileThatIsNotAnImageIsRejectedWhateverItsNameAndTheRestOfTheFormIsKept() {
        editor.get("/newsroom/articles/new");
        byte[] notAnImage = "%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = editor.postMultipart("/newsroom/articles", Map.of("headline",
                "Kept headline", "section", section, "action", "save"), "photoFile", "holiday.jpg", notAnImage);
        HttpResponse<String> library = editor.postMultipart("/newsroom/media", Map.of("caption", "fake"), "file",
                "renamed.jpg", notAnImage);

        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.body());
        assertThat(form.selectFirst("#photoFile-error").text()).contains("not a JPEG, PNG or WebP");
        assertThat(form.selectFirst("#headline").val()).isEqualTo("Kept headline");
        assertThat(library.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(library.body()).selectFirst("#file-error").text()).contains("not a JPEG, PNG or WebP");
    }

    @Test
    void aSaveBasedOnAnOlderVersionOverwritesNothingAndKeepsTheText() {
        Published article = publishThroughTheForm("Budget talks " + System.nanoTime());
        Document form = editor.page(article.editUrl());
        String version = form.selectFirst("input[name=version]").val();
        editor.postMultipart(article.editUrl(), Map.of("headline", "First editor's headline", "section", section,
                "version", version, "action", "save"), null, null, null);

        HttpResponse<String> stale = editor.postMultipart(article.editUrl(), Map.of("headline",
                "Second editor's headline", "section", section, "body", "<p>My careful rewrite.</p>",
                "version", version, "action", "save"), null, null, null);

        assertThat(stale.statusCode()).isEqualTo(409);
        Document conflict = Jsoup.parse(stale.body());
        assertThat(conflict.selectFirst("#headline").val()).isEqualTo("Second editor's headline");
        assertThat(conflict.selectFirst("#body").text()).isEqualTo("<p>My careful rewrite.</p>");
        assertThat(editor.page(article.editUrl()).selectFirst("#headline").val()).isEqualTo("First editor's headline");
    }

    @Test
    void thePreviewShowsTheDraftWithABannerToTheNewsroomOnly() {
        editor.get("/newsroom/articles/new");
        String headline = "Embargoed report " + System.nanoTime();
        HttpResponse<String> saved = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "action", "save"), null, null, null);
        String previewUrl = NewsroomClient.location(saved).replaceAll("\\?.*", "") + "/preview";

        Document preview = editor.page(previewUrl);
        HttpResponse<String> reader = site.get(previewUrl);

        assertThat(preview.selectFirst("h1").text()).isEqualTo(headline);
        assertThat(preview.selectFirst(".preview-banner").text()).contains("Preview");
        assertThat(reader.statusCode()).isEqualTo(303);
        assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/newsroom/login");
    }

    /** Where a published article is edited and where readers find it. */
    private record Published(String editUrl, String publicPath) {
    }

    private Published publishThroughTheForm(String headline) {
        editor.get("/newsroom/articles/new");
        HttpResponse<String> saved = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "Story text.", "action", "publish"), null, null, null);
        assertThat(saved.statusCode()).isEqualTo(303);
        String editUrl = NewsroomClient.location(saved).replaceAll("\\?.*", "");
        return new Published(editUrl, editor.page(editUrl).selectFirst(".article-state a").attr("href"));
    }
}
