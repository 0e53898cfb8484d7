package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another server's change reaches this server's cache however long the transaction that made it
 * ran: changes are read in commit order, not by the time their transaction started.
 */
@ExtendWith(ArquillianExtension.class)
class ChangesInCommitOrderIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ChangesInCommitOrderIT.class);
    }

    @Inject
    TestContent content;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final SiteClient site = new SiteClient();

    @Test
    void aChangeWhoseTransactionStartedLongAgoIsReadWhenItCommits() throws Exception {
        String changed = content.newPublicSection();
        String untouched = content.newPublicSection();
        for (String section : new String[] {changed, untouched}) {
            site.get("/section/" + section);
            assertThat(cache("/section/" + section)).isEqualTo("hit");
        }

        transaction.begin();
        // As written by a transaction that began two hours ago on another server and is still running.
        em.createNativeQuery("insert into site_change (at, tags) values (now() - interval '2 hours', 'section:"
                + changed + "')").executeUpdate();
        Thread.sleep(3 * SiteGeneration.POLL_MILLIS);
        assertThat(cache("/section/" + changed)).as("not committed yet").isEqualTo("hit");
        transaction.commit();

        long start = System.nanoTime();
        String state = "hit";
        while (state.equals("hit") && System.nanoTime() - start < 3_000_000_000L) {
            Thread.sleep(50);
            state = cache("/section/" + changed);
        }

        assertThat(state).isEqualTo("miss");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until the page was dropped")
                .isLessThan(1000);
        assertThat(cache("/section/" + untouched)).isEqualTo("hit");
    }

    @Test
    void aChangeFromATransactionThatRanForSeveralPollsIsReadOnce() throws Exception {
        String section = content.newPublicSection();
        site.get("/section/" + section);

        transaction.begin();
        em.createNativeQuery("insert into site_change (tags) values ('section:" + section + "')").executeUpdate();
        Thread.sleep(5 * SiteGeneration.POLL_MILLIS);
        transaction.commit();
        Thread.sleep(5 * SiteGeneration.POLL_MILLIS);
        assertThat(cache("/section/" + section)).as("dropped after the commit").isEqualTo("miss");
        Thread.sleep(5 * SiteGeneration.POLL_MILLIS);

        assertThat(cache("/section/" + section)).as("read once: not dropped again by later polls").isEqualTo("hit");
    }

    private String cache(String path) {
        return site.get(path).headers().firstValue("X-Dateline-Cache").orElse("none");
    }
}
