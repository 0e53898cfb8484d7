package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.platform.PageRenderer;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
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
 * Whatever refuses a newsroom form, what the user typed comes back: a writer's form saved after the
 * story left their hands, a refused note on the read-only story, a refused or stale withdrawal, back
 * to draft or send-back.
 */
@ExtendWith(ArquillianExtension.class)
class TypedTextKeptIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TypedTextKeptIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    private String section;
    private Login writerLogin;
    private Login editorLogin;
    private NewsroomClient writer;
    private NewsroomClient editor;

    @BeforeEach
    void aWriterAndAnEditor() {
        section = content.newSection();
        writerLogin = content.newAccount(Role.WRITER);
        editorLogin = content.newAccount(Role.EDITOR);
        writer = signedIn(writerLogin);
        editor = signedIn(editorLogin);
    }

    @Test
    void aWritersFormSavedAfterTheySubmittedTheStoryInAnotherTabComesBackWithTheirText() {
        Article draft = content.draftBy(writerLogin, anArticle().inSection(section).withHeadline("Tab story"));
        String path = "/newsroom/articles/" + draft.getId();
        Map<String, String> firstTab = NewsroomClient.editorFields(writer.page(path));
        Map<String, String> secondTab = new HashMap<>(firstTab);
        secondTab.put("action", "submit");
        assertThat(writer.postMultipart(path, secondTab, null, null, null).statusCode()).isEqualTo(303);

        firstTab.put("body", "Paragraph typed in the first tab, not to be lost.");
        firstTab.put("action", "save");
        HttpResponse<String> answer = writer.postMultipart(path, firstTab, null, null, null);

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.getElementById("unsaved-body").text())
                .isEqualTo("Paragraph typed in the first tab, not to be lost.");
        assertThat(page.getElementById("unsaved-headline").text()).isEqualTo("Tab story");
        assertThat(page.getElementById("form-error").text()).isEqualTo(
                PageRenderer.message("editor.error.noLongerYours", ArticleStatus.SUBMITTED.label()));
        Article stored = articles.forReading(content.editorOf(editorLogin), draft.getId());
        assertThat(stored.getStatus()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(stored.getBodyHtml()).doesNotContain("first tab");
    }

    @Test
    void aWritersFormSavedAfterAnEditorPublishedTheStoryComesBackWithTheirText() {
        Article draft = content.draftBy(writerLogin, anArticle().inSection(section));
        String path = "/newsroom/articles/" + draft.getId();
        Map<String, String> form = NewsroomClient.editorFields(writer.page(path));
        articles.publish(content.editorOf(editorLogin), draft.getId(), draft.getVersion());

        form.put("headline", "The writer's better headline");
        form.put("action", "save");
        HttpResponse<String> answer = writer.postMultipart(path, form, null, null, null);

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.getElementById("unsaved-headline").text()).isEqualTo("The writer's better headline");
        assertThat(page.getElementById("form-error")).isNotNull();
        assertThat(articles.forReading(content.editorOf(editorLogin), draft.getId()).getHeadline())
                .isEqualTo(draft.getHeadline());

        HttpResponse<String> picker = writer.postMultipart(path + "/photo-picker", form, null, null, null);
        assertThat(picker.statusCode()).as("going for a photo is no way to lose it either").isEqualTo(409);
        assertThat(Jsoup.parse(picker.body()).getElementById("unsaved-headline").text())
                .isEqualTo("The writer's better headline");
    }

    @Test
    void aRefusedNoteOnTheReadOnlyStoryComesBackInItsBoxWithTheReasonNextToIt() {
        Article draft = content.draftBy(writerLogin, anArticle().inSection(section));
        articles.submit(content.editorOf(writerLogin), draft.getId(), draft.getVersion());
        String path = "/newsroom/articles/" + draft.getId();
        writer.get(path);
        String tooLong = "Please check the figures in the third paragraph. ".repeat(25);

        HttpResponse<String> answer = writer.post(path + "/notes", Map.of("note", tooLong));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("#article-form")).as("still the read-only story").isEmpty();
        assertThat(page.getElementById("note-error").text()).isEqualTo(PageRenderer.message("notes.error.long"));
        assertThat(page.getElementById("note").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("note").wholeText()).isEqualTo(tooLong);
    }

    @Test
    void aRefusedWithdrawalOrBackToDraftKeepsTheReasonTyped() {
        Article live = content.publish(anArticle().inSection(section), Instant.parse("2025-02-03T10:00:00Z"));
        String path = "/newsroom/articles/" + live.getId();
        editor.get(path);
        String version = String.valueOf(live.getVersion());

        Document unconfirmed = Jsoup.parse(editor.post(path + "/withdraw", Map.of("version", version,
                "reason", "Legal hold on the names")).body());
        assertThat(unconfirmed.getElementById("withdrawConfirm-error")).isNotNull();
        assertThat(unconfirmed.getElementById("withdrawReason").val()).isEqualTo("Legal hold on the names");

        Document notConfirmed = Jsoup.parse(editor.post(path + "/return-to-draft", Map.of("version", version,
                "reason", "Wrong photo")).body());
        assertThat(notConfirmed.getElementById("returnToDraftReason").val()).isEqualTo("Wrong photo");

        HttpResponse<String> stale = editor.post(path + "/withdraw", Map.of("version", String.valueOf(
                live.getVersion() - 1), "reason", "Legal hold, second try", "confirm", "yes"));
        assertThat(stale.statusCode()).isEqualTo(409);
        Document again = Jsoup.parse(stale.body());
        assertThat(again.getElementById("withdrawReason").val()).isEqualTo("Legal hold, second try");
        assertThat(again.getElementById("withdrawConfirm").hasAttr("checked")).isTrue();
        assertThat(articles.forReading(content.editorOf(editorLogin), live.getId()).getStatus())
                .isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void aRefusedSendBackKeepsTheNote() {
        Article draft = content.draftBy(writerLogin, anArticle().inSection(section));
        Article submitted = articles.submit(content.editorOf(writerLogin), draft.getId(), draft.getVersion());
        String path = "/newsroom/articles/" + draft.getId();
        editor.get(path);

        HttpResponse<String> stale = editor.post(path + "/send-back", Map.of("version",
                String.valueOf(submitted.getVersion() - 1), "note", "Needs a second source."));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.body()).getElementById("sendBackNote").wholeText())
                .isEqualTo("Needs a second source.");

        Article published = articles.publish(content.editorOf(editorLogin), draft.getId(), submitted.getVersion());
        HttpResponse<String> late = editor.post(path + "/send-back", Map.of("version",
                String.valueOf(published.getVersion()), "note", "Too late for this one."));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.body()).getElementById("note").wholeText())
                .as("no longer in review: the note waits in the thread's box").isEqualTo("Too late for this one.");
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }

}
