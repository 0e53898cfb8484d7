package news.dateline.publishing;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled articles go live on time, exactly once, even with several schedulers racing: the
 * server's own timer plus two more concurrent runners here, all against the same database.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledPublicationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ScheduledPublicationIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    PublicationScheduler scheduler;

    @PersistenceContext
    EntityManager em;

    @Test
    void twoHundredArticlesScheduledSecondsAheadArePublishedExactlyOnceWithinThirtySeconds() throws Exception {
        Editor editor = content.editorOf(content.newAccount(Role.EDITOR));
        String section = content.newSection();
        List<Long> ids = new CopyOnWriteArrayList<>();
        AtomicBoolean allScheduled = new AtomicBoolean();
        Instant deadline = Instant.now().plusSeconds(90);
        ExecutorService runners = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int runner = 0; runner < 2; runner++) {
            runs.add(runners.submit(() -> {
                while (Instant.now().isBefore(deadline) && !(allScheduled.get() && publishedCount(ids) == ids.size())) {
                    scheduler.publishDue();
                    Thread.sleep(50);
                }
                return null;
            }));
        }

        for (int i = 0; i < 200; i++) {
            Article draft = content.draft(anArticle().inSection(section));
            Instant at = Instant.now().plusMillis(1000 + ThreadLocalRandom.current().nextInt(4000));
            ids.add(articles.schedule(editor, draft.getId(), draft.getVersion(), at, null).getId());
        }
        allScheduled.set(true);
        for (Future<?> run : runs) {
            run.get();
        }
        runners.shutdown();

        Map<Long, Long> events = publicationEvents(ids);
        assertThat(events).as("articles with a publication event").hasSize(200);
        assertThat(events.values()).as("publication events per article").containsOnly(1L);
        assertThat(publishedCount(ids)).isEqualTo(200);
        Number worst = (Number) em.createNativeQuery("select max(extract(epoch from (p.at - a.published_at)))"
                        + " from article_publication p join article a on a.id = p.article_id where a.id in (:ids)")
                .setParameter("ids", ids).getSingleResult();
        assertThat(worst.doubleValue()).as("seconds from the scheduled time to publication, at worst")
                .isBetween(0.0, 30.0);
    }

    @Test
    void reschedulingAndUnschedulingGoThroughTheOptimisticLock() {
        Editor editor = content.editorOf(content.newAccount(Role.EDITOR));
        Article draft = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(content.newSection()));
        Article scheduled = articles.schedule(editor, draft.getId(), draft.getVersion(),
                Instant.now().plus(Duration.ofHours(2)), null);

        Article moved = articles.schedule(editor, scheduled.getId(), scheduled.getVersion(),
                Instant.now().plus(Duration.ofHours(3)), null);

        assertThat(moved.getVersion()).isGreaterThan(scheduled.getVersion());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.unschedule(editor, scheduled.getId(),
                scheduled.getVersion())).isInstanceOf(news.dateline.article.StaleArticleException.class);
        assertThat(articles.unschedule(editor, moved.getId(), moved.getVersion()).getStatus().name()).isEqualTo("DRAFT");
    }

    @Test
    void anEmbargoHoldsBackPublicationByHandAndBySchedule() {
        Editor editor = content.editorOf(content.newAccount(Role.EDITOR));
        Article draft = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(content.newSection()));
        Instant embargo = Instant.now().plus(Duration.ofHours(1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.schedule(editor, draft.getId(),
                        draft.getVersion(), Instant.now().plus(Duration.ofMinutes(30)), embargo))
                .hasMessageContaining("embargo");
        Article scheduled = articles.schedule(editor, draft.getId(), draft.getVersion(),
                embargo.plus(Duration.ofMinutes(1)), embargo);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.publish(editor, scheduled.getId(),
                scheduled.getVersion())).hasMessageContaining("embargo");
    }

    private long publishedCount(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from article where id in (:ids) and status = 'PUBLISHED'")
                .setParameter("ids", ids).getSingleResult()).longValue();
    }

    private Map<Long, Long> publicationEvents(List<Long> ids) {
        Map<Long, Long> events = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select article_id, count(*) from article_publication"
                + " where article_id in (:ids) group by article_id").setParameter("ids", ids).getResultList();
        rows.forEach(row -> events.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return events;
    }
}
