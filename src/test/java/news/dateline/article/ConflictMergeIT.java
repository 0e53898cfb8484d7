package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Role;
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
 * The conflict page merges field by field: what only the other editor changed is taken, what only
 * you changed is kept, and only what you both changed is put before you.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictMergeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ConflictMergeIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    news.dateline.contributor.ContributorService contributors;

    @Inject
    ArticleService articles;

    private NewsroomClient anna;
    private NewsroomClient boris;
    private String section;
    private String editUrl;

    private Login annasLogin;

    @BeforeEach
    void aStoryTwoEditorsOpen() {
        annasLogin = content.newAccount(Role.EDITOR);
        anna = new NewsroomClient();
        anna.signIn(annasLogin.username(), annasLogin.password());
        boris = signedInEditor();
        section = content.newSection();
        anna.get("/newsroom/articles/new");
        editUrl = NewsroomClient.location(anna.postMultipart("/newsroom/articles", Map.of("headline",
                "Original headline " + System.nanoTime(), "lead", "Original lead.", "section", section, "body",
                "Original body.", "action", "save"), null, null, null)).replaceAll("\\?.*", "");
    }

    @Test
    void whatOnlyTheOtherEditorChangedIsTakenAndNothingIsShownForADecision() {
        Map<String, String> annasForm = NewsroomClient.editorFields(anna.page(editUrl));
        Map<String, String> borisForm = NewsroomClient.editorFields(boris.page(editUrl));
        borisForm.put("lead", "Boris's newer lead.");
        assertThat(save(boris, borisForm).statusCode()).isEqualTo(303);

        annasForm.put("headline", "Anna's headline");
        HttpResponse<String> conflict = save(anna, annasForm);
        Document page = Jsoup.parse(conflict.body());

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(page.selectFirst("#lead").text()).isEqualTo("Boris's newer lead.");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("Anna's headline");
        assertThat(page.select("section.conflict")).as("nothing both changed").isEmpty();

        assertThat(save(anna, NewsroomClient.editorFields(page)).statusCode()).isEqualTo(303);
        Document saved = anna.page(editUrl);
        assertThat(saved.selectFirst("#headline").val()).isEqualTo("Anna's headline");
        assertThat(saved.selectFirst("#lead").text()).as("the other editor's lead is not put back")
                .isEqualTo("Boris's newer lead.");
    }

    @Test
    void onlyTheFieldsBothChangedArePutBeforeTheUser() {
        Map<String, String> annasForm = NewsroomClient.editorFields(anna.page(editUrl));
        Map<String, String> borisForm = NewsroomClient.editorFields(boris.page(editUrl));
        borisForm.put("headline", "Boris's headline");
        borisForm.put("lead", "Boris's lead.");
        save(boris, borisForm);

        annasForm.put("headline", "Anna's headline");
        annasForm.put("body", "Anna's body.");
        Document page = Jsoup.parse(save(anna, annasForm).body());

        assertThat(page.select("section.conflict tbody tr th").eachText()).containsExactly("Headline");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("Anna's headline");
        assertThat(page.selectFirst("#lead").text()).isEqualTo("Boris's lead.");
        assertThat(page.selectFirst("#body").text()).contains("Anna's body.");
    }

    @Test
    void bylinesSectionLanguageScheduleAndEmbargoOnlyTheOtherEditorChangedAreTakenToo() {
        var contributor = contributors.createUnchecked("Vera Conflict " + System.nanoTime(), "", null, null);
        String otherSection = content.newSection();
        Map<String, String> annasForm = NewsroomClient.editorFields(anna.page(editUrl));
        Map<String, String> borisForm = NewsroomClient.editorFields(boris.page(editUrl));
        borisForm.put("byline1", contributor.getId().toString());
        borisForm.put("bylineText", "Wire staff");
        borisForm.put("section", otherSection);
        borisForm.put("language", "ru");
        borisForm.put("publishAt", "2031-03-04T10:15");
        borisForm.put("embargoUntil", "2031-03-04T09:00");
        assertThat(save(boris, borisForm).statusCode()).isEqualTo(303);

        annasForm.put("headline", "Anna's headline");
        HttpResponse<String> conflict = save(anna, annasForm);
        Document page = Jsoup.parse(conflict.body());

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(page.select("section.conflict tbody tr th").eachText()).as("nothing both changed").isEmpty();
        Map<String, String> merged = NewsroomClient.editorFields(page);
        assertThat(merged).containsEntry("byline1", contributor.getId().toString())
                .containsEntry("bylineText", "Wire staff").containsEntry("section", otherSection)
                .containsEntry("language", "ru").containsEntry("publishAt", "2031-03-04T10:15")
                .containsEntry("embargoUntil", "2031-03-04T09:00").containsEntry("headline", "Anna's headline");

        assertThat(save(anna, merged).statusCode()).isEqualTo(303);
        Article saved = articles.forReading(content.editorOf(annasLogin), articleId());
        assertThat(saved.getHeadline()).isEqualTo("Anna's headline");
        assertThat(saved.getBylines()).extracting(Byline::getName)
                .containsExactly(contributor.getName(), "Wire staff");
        assertThat(saved.getSection().getSlug()).isEqualTo(otherSection);
        assertThat(saved.getLanguage()).isEqualTo("ru");
        assertThat(saved.getEmbargoUntil()).as("the other editor's embargo is not dropped").isNotNull();
    }

    @Test
    void aBylineBothChangedIsShownByNameForADecision() {
        var first = contributors.createUnchecked("Oleg Conflict " + System.nanoTime(), "", null, null);
        var second = contributors.createUnchecked("Irina Conflict " + System.nanoTime(), "", null, null);
        Map<String, String> annasForm = NewsroomClient.editorFields(anna.page(editUrl));
        Map<String, String> borisForm = NewsroomClient.editorFields(boris.page(editUrl));
        borisForm.put("byline1", first.getId().toString());
        borisForm.put("lead", "Boris's lead.");
        save(boris, borisForm);

        annasForm.put("byline1", second.getId().toString());
        Document page = Jsoup.parse(save(anna, annasForm).body());

        assertThat(page.select("section.conflict tbody tr th").eachText()).containsExactly("Byline 1");
        assertThat(page.select("section.conflict tbody tr td").eachText())
                .contains(first.getName(), second.getName());
        assertThat(NewsroomClient.editorFields(page)).containsEntry("byline1", second.getId().toString())
                .containsEntry("lead", "Boris's lead.");
    }

    private long articleId() {
        return Long.parseLong(editUrl.replaceAll(".*/", ""));
    }

    private NewsroomClient signedInEditor() {
        Login login = content.newAccount(Role.EDITOR);
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        return client;
    }

    private HttpResponse<String> save(NewsroomClient client, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("action", "save");
        return client.postMultipart(editUrl, all, null, null, null);
    }

}
