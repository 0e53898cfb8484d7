package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taking a live story off the site needs a reason and a confirmation, and its address then answers
 * 410 with the reason; restoring a revision first shows what will change.
 */
@ExtendWith(ArquillianExtension.class)
class TakingStoriesOffTheSiteIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TakingStoriesOffTheSiteIT.class);
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
    void backToDraftOnALiveStoryAsksForAReasonAndAConfirmationThenAnswers410() {
        String editUrl = publish("Dam inspection " + System.nanoTime());
        String path = editor.page(editUrl).selectFirst(".article-state a").attr("href");

        HttpResponse<String> noReason = backToDraft(editUrl, Map.of());
        HttpResponse<String> notConfirmed = backToDraft(editUrl, Map.of("reason", "Figures under review"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(notConfirmed.statusCode()).isEqualTo(400);
        assertThat(site.get(path).statusCode()).as("still live").isEqualTo(200);

        HttpResponse<String> done = backToDraft(editUrl, Map.of("reason", "Figures under review", "confirm", "yes"));
        HttpResponse<String> gone = site.get(path);

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("Figures under review");

        Document form = editor.page(editUrl);
        editor.postMultipart(editUrl, Map.of("headline", form.selectFirst("#headline").val(), "section", section,
                "body", "Checked figures.", "version", form.selectFirst("input[name=version]").val(), "action",
                "publish"), null, null, null);
        assertThat(site.get(path).statusCode()).as("published again").isEqualTo(200);
    }

    @Test
    void withdrawingAsksForAConfirmation() {
        String editUrl = publish("Bridge closure " + System.nanoTime());
        Document form = editor.page(editUrl);
        String version = form.selectFirst("form[action$=/withdraw] input[name=version]").val();

        HttpResponse<String> unconfirmed = editor.post(editUrl + "/withdraw", Map.of("version", version, "reason",
                "Wrong bridge"));

        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(form.select("form[action$=/withdraw] input[type=checkbox][name=confirm][required]")).hasSize(1);
        assertThat(editor.page(editUrl).select("form[action$=/withdraw]")).as("still live").hasSize(1);
    }

    @Test
    void restoringARevisionShowsWhatWillChangeBeforeItApplies() {
        String editUrl = publish("Original headline " + System.nanoTime());
        Document form = editor.page(editUrl);
        editor.postMultipart(editUrl, Map.of("headline", "Changed headline", "section", section, "body", "Story text.",
                "version", form.selectFirst("input[name=version]").val(), "action", "save"), null, null, null);
        Document edited = editor.page(editUrl);
        String restoreLink = edited.selectFirst("table.revisions a[href*=restore=true]").attr("href");

        Document confirmation = editor.page(restoreLink);
        HttpResponse<String> oneClick = editor.post(confirmation.selectFirst("section.restore form").attr("action"),
                Map.of("version", confirmation.selectFirst("section.restore input[name=version]").val()));
        assertThat(oneClick.statusCode()).as("without the confirmation: back to the comparison").isEqualTo(303);
        assertThat(editor.page(editUrl).selectFirst("#headline").val()).isEqualTo("Changed headline");

        assertThat(confirmation.select("tr.changed").text()).contains("Changed headline", "Original headline");
        HttpResponse<String> restored = editor.post(confirmation.selectFirst("section.restore form").attr("action"),
                Map.of("version", confirmation.selectFirst("section.restore input[name=version]").val(),
                        "confirm", "yes"));

        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(editor.page(editUrl).selectFirst("#headline").val()).startsWith("Original headline");
    }

    private String publish(String headline) {
        editor.get("/newsroom/articles/new");
        HttpResponse<String> saved = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "Story text.", "action", "publish"), null, null, null);
        assertThat(saved.statusCode()).isEqualTo(303);
        return NewsroomClient.location(saved).replaceAll("\\?.*", "");
    }

    private HttpResponse<String> backToDraft(String editUrl, Map<String, String> fields) {
        Document form = editor.page(editUrl);
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("version", form.selectFirst("form[action$=/return-to-draft] input[name=version]").val());
        return editor.post(editUrl + "/return-to-draft", all);
    }
}
