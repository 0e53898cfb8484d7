package news.dateline.desk;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The review loop: notes on a story, sending it back with one, and who is told about what. */
@ExtendWith(ArquillianExtension.class)
class EditorialNotesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(EditorialNotesIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    Inbox inbox;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Test
    void aStorySentBackWithANoteIsADraftWithTheNoteAndTheWriterIsTold() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Article story = submittedStoryBy(writerLogin);
        NewsroomClient editor = signedIn(content.newAccount(Role.EDITOR));
        Document page = editor.page("/newsroom/articles/" + story.getId());
        String version = page.selectFirst("form.send-back input[name=version]").val();

        HttpResponse<String> sent = editor.post("/newsroom/articles/" + story.getId() + "/send-back",
                Map.of("version", version, "note", "Check the ferry figures against the port's own numbers."));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(scalar("select status from article where id = " + story.getId())).isEqualTo("DRAFT");
        Document after = editor.page("/newsroom/articles/" + story.getId());
        assertThat(after.select("#notes .note-text").text()).contains("Check the ferry figures");
        assertThat(after.select(".flash").text())
                .isEqualTo("Story returned to Test " + writerLogin.username() + " with a note.");

        NewsroomClient writer = signedIn(writerLogin);
        Document returned = writer.page("/newsroom?queue=returned");
        assertThat(returned.select("tr:has(a[href=/newsroom/articles/" + story.getId() + "]) .return-note").text())
                .contains("Check the ferry figures");
        assertThat(returned.select(".unread-link").text()).isEqualTo("Notifications (1 unread)");
        assertThat(writer.page("/newsroom/articles/" + story.getId()).select("#notes .note-text").text())
                .contains("Check the ferry figures");
        Document notifications = writer.page("/newsroom/notifications");
        assertThat(notifications.select(".notifications li.unread").text())
                .contains("sent your story back with a note", story.getHeadline(), "Check the ferry figures");
        assertThat(writer.page("/newsroom").select(".unread-link").text()).isEqualTo("Notifications");
    }

    @Test
    void aRefusedSendBackChangesNothing() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Article draft = content.draftBy(writerLogin, anArticle().inSection(content.newSection()));
        Article submitted = submittedStoryBy(writerLogin);
        NewsroomClient editor = signedIn(content.newAccount(Role.EDITOR));
        NewsroomClient writer = signedIn(writerLogin);
        editor.page("/newsroom/articles/" + draft.getId());
        writer.page("/newsroom/articles/" + submitted.getId());
        List<String> before = List.of(footprint(draft.getId()), footprint(submitted.getId()));

        HttpResponse<String> notSubmitted = editor.post("/newsroom/articles/" + draft.getId() + "/send-back",
                Map.of("version", String.valueOf(versionOf(draft.getId())), "note", "Not ready."));
        HttpResponse<String> byTheWriter = writer.post("/newsroom/articles/" + submitted.getId() + "/send-back",
                Map.of("version", String.valueOf(versionOf(submitted.getId())), "note", "Take it back."));
        HttpResponse<String> emptyNote = editor.post("/newsroom/articles/" + submitted.getId() + "/send-back",
                Map.of("version", String.valueOf(versionOf(submitted.getId())), "note", "  \u0000 "));

        assertThat(notSubmitted.statusCode()).isEqualTo(409);
        assertThat(byTheWriter.statusCode()).isEqualTo(403);
        assertThat(emptyNote.statusCode()).isEqualTo(400);
        assertThat(List.of(footprint(draft.getId()), footprint(submitted.getId()))).isEqualTo(before);
    }

    @Test
    void submittingTellsTheEditorsAndAMentionTellsTheColleague() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Login editorLogin = content.newAccount(Role.EDITOR);
        Article story = submittedStoryBy(writerLogin);

        assertThat(inbox.page(content.editorOf(editorLogin), null, 50)).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(NotificationKind.SUBMITTED);
            assertThat(item.articleId()).isEqualTo(story.getId());
        });
        assertThat(inbox.page(content.editorOf(writerLogin), null, 50)).as("nobody is told of their own action")
                .isEmpty();

        NewsroomClient writer = signedIn(writerLogin);
        writer.page("/newsroom/articles/" + story.getId());
        HttpResponse<String> added = writer.post("/newsroom/articles/" + story.getId() + "/notes",
                Map.of("note", "@" + editorLogin.username() + " the quote <script>alert(1)</script> is checked."));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(inbox.page(content.editorOf(editorLogin), null, 50)).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(NotificationKind.MENTIONED);
            assertThat(item.note()).contains("is checked");
        });
        HttpResponse<String> page = writer.get("/newsroom/articles/" + story.getId());
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Jsoup.parse(page.body()).select("#notes script")).isEmpty();
    }

    @Test
    void notificationsArePagedByKeyOneStatementAPage() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Login editorLogin = content.newAccount(Role.EDITOR);
        for (int i = 0; i < NotificationsResource.PAGE_SIZE + 5; i++) {
            submittedStoryBy(writerLogin);
        }
        news.dateline.account.Editor reader = content.editorOf(editorLogin);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        List<Long> seen = new ArrayList<>();
        Long before = null;
        for (int page = 0; page < 2; page++) {
            Long after = before;
            List<List<Inbox.Item>> read = new ArrayList<>();
            assertThat(news.dateline.testing.ServerStatistics.fewest(statistics,
                    () -> read.add(inbox.page(reader, after, 20))).statements()).isEqualTo(1);
            List<Inbox.Item> items = read.get(read.size() - 1);
            items.forEach(item -> seen.add(item.id()));
            before = items.get(items.size() - 1).id();
        }
        assertThat(seen).hasSize(NotificationsResource.PAGE_SIZE + 5).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        NewsroomClient editor = signedIn(editorLogin);
        Document first = editor.page("/newsroom/notifications");
        Document older = editor.page(first.selectFirst("a[rel=next]").attr("href"));
        assertThat(first.select(".notifications li")).hasSize(NotificationsResource.PAGE_SIZE);
        assertThat(older.select(".notifications li")).hasSize(5);
        assertThat(editor.get("/newsroom/notifications?before=x1").statusCode()).isEqualTo(400);
    }

    private Article submittedStoryBy(Login writer) {
        Article draft = content.draftBy(writer, anArticle().inSection(content.newSection()));
        return articles.submit(content.editorOf(writer), draft.getId(), versionOf(draft.getId()));
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        return client;
    }

    private long versionOf(long articleId) {
        return ((Number) scalar("select version from article where id = " + articleId)).longValue();
    }

    /** Everything a refused action must leave as it was. */
    private String footprint(long articleId) {
        return scalar("select a.status || ' v' || a.version"
                + " || ' revisions ' || (select count(*) from article_revision r where r.article_id = a.id)"
                + " || ' notes ' || (select count(*) from article_note n where n.article_id = a.id)"
                + " || ' notifications ' || (select count(*) from notification n where n.article_id = a.id)"
                + " || ' audit ' || (select count(*) from audit_event e where e.target like 'article ' || a.id || ' (%')"
                + " from article a where a.id = " + articleId).toString();
    }

    private Object scalar(String sql) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return em.createNativeQuery(sql).getSingleResult();
        } finally {
            em.close();
        }
    }
}
