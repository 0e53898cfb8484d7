package news.dateline.platform;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of response carries the security headers, checked the way Mozilla Observatory scores
 * them: a CSP without unsafe sources that forbids framing, plugins and base-URI changes; nosniff;
 * X-Frame-Options; a referrer policy; HSTS of at least six months over HTTPS only; newsroom pages
 * never stored; session cookies Secure, HttpOnly and SameSite over HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final long SIX_MONTHS = 15_768_000;
    private static final Instant JUNE_7 = java.time.OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SecurityHeadersIT.class);
    }

    @Inject
    TestContent content;

    private final SiteClient site = new SiteClient();

    @Test
    void everyPublicAnswerCarriesTheHeaders() {
        String section = content.newSection();
        Article article = content.publish(anArticle().inSection(section).taggedWith("Headers"), JUNE_7);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        for (String path : List.of("/", "/section/" + section, "/tag/headers", "/search?q=water", "/feeds/all.rss",
                "/sitemap.xml", "/robots.txt", "/api/ninjs/articles/" + article.getId(), "/assets/site.css",
                "/no/such/page", "/?before=nonsense", "/news/2016/06/07/" + article.getSlug())) {
            answers.put(path, site.get(path));
        }

        answers.forEach((path, response) -> assertObservatoryHeaders(path, response.headers(), false));
        assertThat(answers.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(answers.get("/?before=nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void everyNewsroomPageCarriesTheHeadersAndIsNeverStored() {
        NewsroomClient admin = new NewsroomClient();
        TestContent.Login login = content.newAccount(Role.ADMIN);
        HttpResponse<String> signInPage = admin.get("/newsroom/login");
        admin.signIn(login.username(), login.password());
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("/newsroom/login", signInPage);
        for (String path : List.of("/newsroom", "/newsroom/articles/new", "/newsroom/media", "/newsroom/sections",
                "/newsroom/contributors", "/newsroom/accounts", "/newsroom/audit", "/newsroom/admin/database",
                "/newsroom/account/password", "/newsroom/no-such-page")) {
            answers.put(path, admin.getWithHeaders(path, "Accept-Encoding", "gzip"));
        }

        answers.forEach((path, response) -> {
            assertObservatoryHeaders(path, response.headers(), false);
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).isEmpty();
        });
        assertThat(answers.get("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void overHttpsTheSiteSendsHstsAndSecureCookies() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheTestCertificate())
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "https://localhost:" + (8443 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        TestContent.Login login = content.newAccount(Role.WRITER);

        HttpResponse<String> home = https.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> form = https.send(HttpRequest.newBuilder(URI.create(base + "/newsroom/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = org.jsoup.Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> signIn = https.send(HttpRequest.newBuilder(URI.create(base + "/newsroom/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=" + login.username()
                        + "&password=" + login.password().replace(' ', '+'))).build(), HttpResponse.BodyHandlers.ofString());

        assertObservatoryHeaders("https /", home.headers(), true);
        assertObservatoryHeaders("https sign-in", signIn.headers(), true);
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(site.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        for (String cookie : signIn.headers().allValues("Set-Cookie")) {
            assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).as(cookie).contains("; secure", "httponly", "samesite=");
        }
    }

    private static void assertObservatoryHeaders(String what, HttpHeaders headers, boolean overHttps) {
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        Map<String, String> directives = Arrays.stream(csp.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ")[0], d -> d.contains(" ") ? d.substring(d.indexOf(' ') + 1) : ""));
        assertThat(directives).as(what + ": " + csp).containsEntry("default-src", "'none'")
                .containsEntry("frame-ancestors", "'none'").containsEntry("object-src", "'none'")
                .containsKeys("base-uri", "form-action", "script-src", "style-src");
        for (String directive : Set.of("script-src", "style-src", "default-src")) {
            assertThat(directives.get(directive)).as(what + " " + directive)
                    .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:");
        }
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
        if (overHttps) {
            assertThat(headers.firstValue("Strict-Transport-Security")).as(what).hasValueSatisfying(hsts ->
                    assertThat(Long.parseLong(hsts.replaceAll(".*max-age=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(SIX_MONTHS));
        }
    }

    private static SSLContext trustingTheTestCertificate() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }
}
