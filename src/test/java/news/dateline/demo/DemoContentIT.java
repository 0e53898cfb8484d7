package news.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.ApplicationStarted;
import news.dateline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Demo seeding on an empty database. The test empties the content tables inside a transaction
 * that it rolls back, so other tests' data is untouched.
 */
@ExtendWith(ArquillianExtension.class)
class DemoContentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DemoContentIT.class);
    }

    @Inject
    DemoContent demoContent;

    @Inject
    PublishedArticles published;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @BeforeEach
    void startWithAnEmptyDatabaseInAWorkingTransaction() throws Exception {
        System.setProperty("dateline.demo-content", "true");
        transaction.begin();
        em.createNativeQuery("truncate article, article_tag, article_byline, article_transition,"
                + " article_slug_history, article_revision, article_correction, article_publication, edit_lock,"
                + " personal_draft, tag, section, media_asset, media_content, media_rendition, contributor,"
                + " account, login_throttle, article_note, notification, mail_outbox, article_body_photo,"
                + " breaking_news, front, front_version, front_block, front_slot, article_live_update").executeUpdate();
    }

    @AfterEach
    void rollBack() throws Exception {
        System.clearProperty("dateline.demo-content");
        transaction.rollback();
    }

    @Test
    void fillsAnEmptyDatabaseOnceWithTheReferenceStoryAndGeneratedArticles() {
        demoContent.onStart(new ApplicationStarted());
        demoContent.onStart(new ApplicationStarted());

        List<String> sections = em.createQuery("select s.name from Section s order by s.position", String.class)
                .getResultList();
        assertThat(sections).containsExactly("World", "Politics", "Economy", "Science");
        assertThat(published.newest(null, 1000)).hasSize(DemoContent.GENERATED_STORIES + 1)
                .extracting(summary -> summary.sectionName()).containsOnly("World", "Politics", "Economy", "Science");
        PublishedArticle reference = published
                .bySlug("lavrov-kerry-coordinate-approaches-on-anti-terrorism-fight-in-syria").orElseThrow();
        assertThat(reference.photo().credit()).isEqualTo("EPA/LEONHARD FOEGER / POOL");
        assertThat(reference.photo().width()).isEqualTo(1200);
        assertThat(reference.agencyMark()).isEqualTo("TASS");
        assertThat(reference.tags()).extracting(PublishedArticle.TagLink::name)
                .containsExactly("Syria", "Russia", "USA", "Sergey Lavrov", "John Kerry");
        assertThat(reference.bylines()).isEmpty();
        assertThat(em.createQuery("select a.username from Account a", String.class).getResultList())
                .as("one demo account per role").containsExactlyInAnyOrder("writer", "editor", "admin");
    }

    @Test
    void leavesADatabaseWithArticlesAlone() {
        demoContent.onStart(new ApplicationStarted());
        long before = count();

        demoContent.onStart(new ApplicationStarted());

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void addsNothingWhenSwitchedOff() {
        System.setProperty("dateline.demo-content", "false");

        demoContent.onStart(new ApplicationStarted());

        assertThat(count()).isZero();
    }

    private long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }
}
