package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editor page reads its story once: one load of the article, in one transaction, however long
 * its history. Counted with Hibernate's statistics, which see the whole server: the fewest of a few
 * requests is taken, as background work (the scheduler, the mail outbox) can only add to a count.
 */
@ExtendWith(ArquillianExtension.class)
class EditorPageReadsIT {

    /**
     * Transactions per editor page over HTTP: the newsroom guard's check of the session (every
     * newsroom request makes it, before the page is asked for) and the page's own one.
     */
    static final long TRANSACTIONS_PER_PAGE = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(EditorPageReadsIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void counting() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void theEditorPageLoadsItsArticleOnceInOneTransaction() {
        Login login = content.newAccount(Role.EDITOR);
        Editor editor = content.editorOf(login);
        Article article = aStoryWithAHistory(login, editor);
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        String path = "/newsroom/articles/" + article.getId();
        assertThat(client.page(path).select("#article-form")).isNotEmpty();

        long fewestLoads = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 4; attempt++) {
            statistics.clear();
            HttpResponse<String> page = client.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Counted once");
            fewestLoads = Math.min(fewestLoads, articleLoads());
            fewestTransactions = Math.min(fewestTransactions, statistics.getTransactionCount());
        }

        assertThat(fewestLoads).as("loads of the article per editor page").isEqualTo(1);
        assertThat(fewestTransactions).as("transactions per editor page (the guard's and the page's)")
                .isEqualTo(TRANSACTIONS_PER_PAGE);
    }

    @Test
    void theReadOnlyPageOfASubmittedStoryLoadsItOnceInOneTransaction() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Editor writer = content.editorOf(writerLogin);
        Article draft = content.draftBy(writerLogin, anArticle().inSection(content.newSection())
                .withHeadline("Counted once, submitted"));
        articles.submit(writer, draft.getId(), draft.getVersion());
        NewsroomClient client = new NewsroomClient();
        client.signIn(writerLogin.username(), writerLogin.password());
        String path = "/newsroom/articles/" + draft.getId();

        long fewestLoads = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 4; attempt++) {
            statistics.clear();
            HttpResponse<String> page = client.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Counted once, submitted").doesNotContain("id=\"article-form\"");
            fewestLoads = Math.min(fewestLoads, articleLoads());
            fewestTransactions = Math.min(fewestTransactions, statistics.getTransactionCount());
        }

        assertThat(fewestLoads).as("loads of the article per read-only page").isEqualTo(1);
        assertThat(fewestTransactions).isEqualTo(TRANSACTIONS_PER_PAGE);
    }

    @Test
    void theEditorsReadModelIsOneTransactionWithTheArticleLoadedOnce() {
        Login login = content.newAccount(Role.EDITOR);
        Editor editor = content.editorOf(login);
        Article article = aStoryWithAHistory(login, editor);

        long fewestLoads = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        EditorPage page = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            statistics.clear();
            page = articles.editorPage(editor, article.getId());
            fewestLoads = Math.min(fewestLoads, articleLoads());
            fewestTransactions = Math.min(fewestTransactions, statistics.getTransactionCount());
        }

        assertThat(page.editable()).isTrue();
        assertThat(page.history()).hasSize(2);
        assertThat(page.revisions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.lock().mine()).isTrue();
        assertThat(fewestLoads).isEqualTo(1);
        assertThat(fewestTransactions).isEqualTo(1);
    }

    /** A draft published and withdrawn: history, revisions and names to show. */
    private Article aStoryWithAHistory(Login login, Editor editor) {
        Article article = content.draftBy(login, anArticle().inSection(content.newSection())
                .withHeadline("Counted once"));
        article = articles.publish(editor, article.getId(), article.getVersion());
        return articles.withdraw(editor, article.getId(), article.getVersion(), "A test.");
    }

    private long articleLoads() {
        return statistics.getEntityStatistics(Article.class.getName()).getLoadCount();
    }
}
