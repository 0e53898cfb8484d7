package news.dateline.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A locked sign-in costs no password hash, and the address lock counts the address the request
 * really came from: {@code X-Forwarded-For} is believed only from a trusted proxy.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    private static final String METRICS_TOKEN = "throttle-test-token";
    private static final Pattern HASHES = Pattern.compile("(?m)^dateline_password_hashes_total (\\d+)$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SignInThrottleIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    LoginThrottle throttle;

    @PersistenceContext
    EntityManager em;

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String slowdown;
    private String formToken;

    @BeforeEach
    void fastAndMeasured() {
        slowdown = System.getProperty("dateline.login-slowdown-ms");
        System.setProperty("dateline.login-slowdown-ms", "0");
        System.setProperty("dateline.metrics-token", METRICS_TOKEN);
    }

    @AfterEach
    void restore() {
        System.setProperty("dateline.login-slowdown-ms", slowdown == null ? "250" : slowdown);
        System.clearProperty("dateline.metrics-token");
        System.clearProperty("dateline.trusted-proxies");
        throttle.clear(LoginThrottle.addressKey("127.0.0.1"));
    }

    @Test
    void aLockedNameIsRefusedWithoutHashingWhileAnUnknownNameStillCostsAHash() {
        System.setProperty("dateline.trusted-proxies", "127.0.0.1");
        String address = "198.51.100.17";
        Login login = content.newAccount(Role.EDITOR);
        for (int failure = 1; failure <= LoginThrottle.ACCOUNT_LIMIT; failure++) {
            attempt(login.username(), "wrong password " + failure, address);
        }

        long before = hashes();
        List<Integer> lockedAnswers = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> answer = attempt(login.username(), login.password(), address);
            lockedAnswers.add(answer.statusCode());
            assertThat(message(answer)).contains("Too many failed attempts");
        }
        long afterLocked = hashes();
        HttpResponse<String> unknown = attempt("nobody-" + UUID.randomUUID(), "some password", address);
        long afterUnknown = hashes();

        assertThat(lockedAnswers).containsOnly(429);
        assertThat(afterLocked).as("no hash for a locked name").isEqualTo(before);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(afterUnknown - afterLocked).as("an unknown name costs a hash like a known one").isEqualTo(1);
        assertThat(auditAddresses(login.username())).as("the trusted proxy's forwarded address").containsOnly(address);
    }

    @Test
    void withoutATrustedProxyForgedForwardedAddressesDoNotEscapeTheAddressLock() {
        throttle.clear(LoginThrottle.addressKey("127.0.0.1"));
        String prefix = "rotating-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Integer> answers = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            answers.add(attempt(prefix + i, "wrong password", "203.0.113." + i).statusCode());
        }
        long before = hashes();
        HttpResponse<String> another = attempt(prefix + "more", "wrong password", "203.0.113.200");

        assertThat(answers.subList(0, LoginThrottle.ADDRESS_LIMIT - 1)).containsOnly(401);
        assertThat(answers.subList(LoginThrottle.ADDRESS_LIMIT - 1, 25)).containsOnly(429);
        assertThat(another.statusCode()).isEqualTo(429);
        assertThat(hashes()).as("a locked address costs no hash").isEqualTo(before);
        assertThat(auditAddresses(prefix + "%")).hasSize(26).containsOnly("127.0.0.1");
    }

    private HttpResponse<String> attempt(String username, String password, String forwardedFor) {
        if (formToken == null) {
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(baseUrl + "/newsroom/login")).build());
            formToken = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
        }
        String body = "_csrf=" + encode(formToken) + "&username=" + encode(username) + "&password=" + encode(password);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/newsroom/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private long hashes() {
        HttpResponse<String> metrics = new SiteClient().get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        Matcher counter = HASHES.matcher(metrics.body());
        assertThat(counter.find()).as("the hash counter is exported").isTrue();
        return Long.parseLong(counter.group(1));
    }

    @SuppressWarnings("unchecked")
    private List<String> auditAddresses(String actorLike) {
        return em.createNativeQuery("select address from audit_event where actor_name like :actor")
                .setParameter("actor", actorLike).getResultList();
    }

    private static String message(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst(".form-error").text();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
