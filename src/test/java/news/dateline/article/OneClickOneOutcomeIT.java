package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Document;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One click, one outcome: the editor's "save and …" buttons save and act in one transaction, so a
 * refused action leaves the article exactly as it was and gives the typed form back; the editor
 * offers only the actions the article's status and the person's role allow.
 */
@ExtendWith(ArquillianExtension.class)
class OneClickOneOutcomeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(OneClickOneOutcomeIT.class);
    }

    @Inject
    TestContent content;

    @PersistenceContext
    EntityManager em;

    @Inject
    news.dateline.platform.NewsroomClock clock;

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
    void aRefusedActionSavesNothingAndGivesTheTypedFormBack() {
        long id = publishedThroughTheForm("Port strike ends " + System.nanoTime());
        for (Map.Entry<String, String> refused : Map.of("submit", "", "schedule", "2001-01-01T10:00").entrySet()) {
            Trace before = trace(id);
            Document form = editor.page("/newsroom/articles/" + id);
            Map<String, String> fields = NewsroomClient.editorFields(form);
            fields.put("headline", "Typed but refused " + refused.getKey());
            fields.put("publishAt", refused.getValue());
            fields.put("action", refused.getKey());

            HttpResponse<String> answer = editor.postMultipart("/newsroom/articles/" + id, fields, null, null, null);

            assertThat(answer.statusCode()).as(refused.getKey()).isEqualTo(400);
            assertThat(answer.body()).as(refused.getKey()).contains("Typed but refused " + refused.getKey());
            assertThat(trace(id)).as(refused.getKey()).isEqualTo(before);
        }
        Document form = editor.page("/newsroom/articles/" + id);
        Map<String, String> fields = NewsroomClient.editorFields(form);
        fields.put("headline", "Saved after the refusals");
        fields.put("action", "save");
        assertThat(editor.postMultipart("/newsroom/articles/" + id, fields, null, null, null).statusCode())
                .as("no false conflict after a refusal").isEqualTo(303);
    }

    @Test
    void aNewArticleWhoseActionIsRefusedIsNotCreated() {
        String headline = "Never created " + System.nanoTime();
        editor.get("/newsroom/articles/new");

        HttpResponse<String> answer = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "Text.", "publishAt", "2001-01-01T10:00", "action", "schedule"),
                null, null, null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(headline);
        assertThat(em.createQuery("select count(a) from Article a where a.headline = :h", Long.class)
                .setParameter("h", headline).getSingleResult()).isZero();
    }

    @Test
    void publishingBeforeTheEmbargoSaysUntilWhenInTheNewsroomsTimeAndCreatesNothing() {
        String headline = "Embargoed results " + System.nanoTime();
        editor.get("/newsroom/articles/new");

        HttpResponse<String> answer = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "Text.", "embargoUntil", "2099-06-07T14:32", "action", "publish"),
                null, null, null);
        String until = clock.display(java.time.LocalDateTime.parse("2099-06-07T14:32").atZone(clock.zone())
                .toInstant());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(answer.body()).text()).contains("under embargo until " + until)
                .doesNotContain("2099-06-07T");
        assertThat(em.createQuery("select count(a) from Article a where a.headline = :h", Long.class)
                .setParameter("h", headline).getSingleResult()).isZero();
    }

    @Test
    void unusableCharactersGetAMessageNextToTheirFieldAndChangeNothing() {
        long id = publishedThroughTheForm("Clean headline " + System.nanoTime());
        Trace before = trace(id);
        Map<String, String> fields = NewsroomClient.editorFields(editor.page("/newsroom/articles/" + id));
        fields.put("headline", "Nul\u0000headline");
        fields.put("lead", "Backspace \u0008 here");
        fields.put("body", "Kept paragraph.\n\nBell \u0007 here.");
        fields.put("action", "save");

        HttpResponse<String> answer = editor.postMultipart("/newsroom/articles/" + id, fields, null, null, null);
        Document page = org.jsoup.Jsoup.parse(answer.body());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(page.select("#headline-error, #lead-error, #body-error")).hasSize(3);
        assertThat(page.selectFirst("#body").text()).contains("Kept paragraph.");
        assertThat(trace(id)).isEqualTo(before);
    }

    @Test
    void theEditorOffersOnlyWhatTheStatusAndTheRoleAllow() {
        long published = publishedThroughTheForm("Offered actions " + System.nanoTime());
        Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        writer.get("/newsroom/articles/new");
        String draftUrl = NewsroomClient.location(writer.postMultipart("/newsroom/articles", Map.of("headline",
                "A writer's draft " + System.nanoTime(), "section", section, "body", "Text.", "action", "save"),
                null, null, null)).replaceAll("\\?.*", "");

        assertThat(offered(editor.page("/newsroom/articles/" + published)))
                .contains("save", "withdraw", "return-to-draft").doesNotContain("submit", "publish", "schedule");
        assertThat(offered(writer.page(draftUrl))).contains("save", "submit")
                .doesNotContain("publish", "schedule", "withdraw", "return-to-draft");
        assertThat(offered(editor.page(draftUrl))).contains("save", "submit", "publish", "schedule")
                .doesNotContain("withdraw", "unschedule");
    }

    /** What a refused action must not change: version, revisions, transitions, audit lines, site changes. */
    private record Trace(long version, long revisions, long transitions, long auditRows, long siteChanges,
                         String headline) {
    }

    private Trace trace(long id) {
        Object[] row = (Object[]) em.createNativeQuery("select a.version, (select count(*) from article_revision r"
                        + " where r.article_id = a.id), (select count(*) from article_transition t where t.article_id = a.id),"
                        + " (select count(*) from audit_event), (select coalesce(max(id), 0) from site_change), a.headline"
                        + " from article a where a.id = :id")
                .setParameter("id", id).getSingleResult();
        return new Trace(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), (String) row[5]);
    }

    private long publishedThroughTheForm(String headline) {
        editor.get("/newsroom/articles/new");
        HttpResponse<String> saved = editor.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "Story text.", "action", "publish"), null, null, null);
        assertThat(saved.statusCode()).isEqualTo(303);
        return Long.parseLong(NewsroomClient.location(saved).replaceAll("^/newsroom/articles/(\\d+).*", "$1"));
    }

    /** The buttons and workflow forms the editor shows: save, submit, ..., withdraw, return-to-draft. */
    private static List<String> offered(Document page) {
        List<String> actions = new java.util.ArrayList<>(page.select("button[name=action]").eachAttr("value"));
        page.select("section.workflow form").forEach(form -> actions.add(form.attr("action")
                .replaceAll(".*/", "")));
        return actions;
    }

}
