package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import news.dateline.account.LoginThrottle;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.MovableClock;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What time does in the newsroom, with the application's clock moved (not waited for): an edit lock
 * whose heartbeats stopped lets another editor in once its lifetime has passed, and a sign-in lock
 * ends by itself. The clock is set back to when the first event happened and then returns to now, so
 * nothing this test writes is dated in the future.
 */
@ExtendWith(ArquillianExtension.class)
class MovingClockIT {

    /** Longer than an edit lock lives without heartbeats (two minutes). */
    private static final Duration PAST_A_LOCKS_LIFETIME = Duration.ofMinutes(3);
    /** Shorter than an edit lock lives. */
    private static final Duration WITHIN_A_LOCKS_LIFETIME = Duration.ofSeconds(90);
    /** Longer than a sign-in lock lasts (fifteen minutes). */
    private static final Duration PAST_A_SIGN_IN_LOCK = Duration.ofMinutes(16);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MovingClockIT.class, MovableClock.class);
    }

    @Inject
    TestContent content;

    @Inject
    MovableClock clock;

    @Inject
    LoginThrottle throttle;

    private String slowdown;

    @BeforeEach
    void noSlowdown() {
        slowdown = System.getProperty("dateline.login-slowdown-ms");
        System.setProperty("dateline.login-slowdown-ms", "0");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        System.setProperty("dateline.login-slowdown-ms", slowdown == null ? "250" : slowdown);
        throttle.clear("address:127.0.0.1");
    }

    @Test
    void theClockIsTheApplicationsClock() {
        clock.setOffset(Duration.ofDays(-400));
        Login login = content.newAccount(Role.EDITOR);
        Article draft = content.draftBy(login, anArticle().inSection(content.newSection()));

        assertThat(draft.getCreatedAt()).isBetween(clock.now().minusSeconds(60), clock.now());
    }

    @Test
    void anEditLockWhoseHeartbeatsStoppedLetsAnotherEditorInOnceItsLifetimeHasPassed() {
        Login writer = content.newAccount(Role.EDITOR);
        Login colleague = content.newAccount(Role.EDITOR);
        Article article = content.draftBy(writer, anArticle().inSection(content.newSection())
                .withHeadline("Left open"));
        String path = "/newsroom/articles/" + article.getId();
        NewsroomClient first = signedIn(writer);
        NewsroomClient second = signedIn(colleague);

        clock.setOffset(PAST_A_LOCKS_LIFETIME.negated());
        assertThat(first.page(path).selectFirst("#lock-banner")).as("the first to open it takes the lock").isNull();
        clock.move(WITHIN_A_LOCKS_LIFETIME);
        Document whileHeld = second.page(path);
        assertThat(whileHeld.selectFirst("#lock-banner")).as("a live lock").isNotNull();
        assertThat(whileHeld.selectFirst("#lock-banner").text()).contains(writer.username());

        clock.reset();
        Document afterwards = second.page(path);
        HttpResponse<String> heartbeat = first.postWithHeader(path + "/lock");

        assertThat(afterwards.selectFirst("#lock-banner")).as("the first editor's lock has lapsed").isNull();
        assertThat(heartbeat.statusCode()).isEqualTo(200);
        assertThat(heartbeat.body()).contains("\"held\":false");
        assertThat(first.page(path).selectFirst("#lock-banner").text()).as("the lock is the colleague's now")
                .contains(colleague.username());
    }

    @Test
    void aSignInLockEndsByItselfOnceItsTimeHasPassed() {
        Login login = content.newAccount(Role.WRITER);
        clock.setOffset(PAST_A_SIGN_IN_LOCK.negated());
        for (int failure = 0; failure < 5; failure++) {
            assertThat(new NewsroomClient().signIn(login.username(), "wrong password " + failure).statusCode())
                    .isIn(401, 429);
        }
        HttpResponse<String> whileLocked = new NewsroomClient().signIn(login.username(), login.password());
        clock.move(PAST_A_SIGN_IN_LOCK.minus(Duration.ofMinutes(2)));
        HttpResponse<String> stillLocked = new NewsroomClient().signIn(login.username(), login.password());
        clock.reset();
        HttpResponse<String> afterwards = new NewsroomClient().signIn(login.username(), login.password());

        assertThat(whileLocked.statusCode()).as("the right password, while locked").isEqualTo(429);
        assertThat(stillLocked.statusCode()).as("a minute before the lock ends").isEqualTo(429);
        assertThat(afterwards.statusCode()).as("once the lock has ended").isEqualTo(303);
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }
}
