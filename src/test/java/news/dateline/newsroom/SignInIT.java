package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.account.AccountService;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SignInIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    AccountService accounts;

    @Test
    void signingInChangesTheSessionIdAndSetsASafeCookie() {
        Login login = content.newAccount(Role.EDITOR);
        NewsroomClient client = new NewsroomClient();
        HttpResponse<String> form = client.get("/newsroom/login");
        String before = client.sessionCookie();
        assertThat(before).as("the sign-in form makes no session").isNull();

        HttpResponse<String> signedIn = client.post("/newsroom/login",
                Map.of("username", login.username(), "password", login.password(), "next", "/newsroom/media"));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(NewsroomClient.location(signedIn)).isEqualTo("/newsroom/media");
        assertThat(client.sessionCookie()).isNotNull().isNotEqualTo(before);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("DATELINE_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        javax.net.ssl.SSLContext trustingTheTestCertificate = javax.net.ssl.SSLContext.getInstance("TLS");
        trustingTheTestCertificate.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, new java.security.SecureRandom());
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trustingTheTestCertificate)
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
        String httpsPort = String.valueOf(8443 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        java.net.URI login = java.net.URI.create("https://localhost:" + httpsPort + "/newsroom/login");
        Login account = content.newAccount(Role.WRITER);

        HttpResponse<String> loginPage = https.send(java.net.http.HttpRequest.newBuilder(login).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = Jsoup.parse(loginPage.body()).selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = https.send(java.net.http.HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username="
                        + account.username() + "&password=" + account.password().replace(' ', '+'))).build(),
                HttpResponse.BodyHandlers.ofString());

        String formCookie = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-DATELINE_FORM=")).findFirst().orElseThrow();
        assertThat(formCookie.toLowerCase(java.util.Locale.ROOT)).contains("; secure", "httponly", "samesite=strict",
                "path=/;");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("DATELINE_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).contains("; secure", "httponly", "samesite=lax");
    }

    @Test
    void signingOutEndsTheSession() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        client.get("/newsroom");

        HttpResponse<String> out = client.post("/newsroom/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(303);
    }

    @Test
    void aLoginPageNeverRedirectsToAnotherSite() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");

        HttpResponse<String> response = client.post("/newsroom/login", Map.of("username", login.username(),
                "password", login.password(), "next", "//evil.example/newsroom"));

        assertThat(NewsroomClient.location(response)).isEqualTo("/newsroom");
    }

    @Test
    void repeatedFailuresSlowDownThenLockTheAccountWithTheSameMessageAsAnUnknownName() {
        Login login = content.newAccount(Role.EDITOR);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");

        HttpResponse<String> first = client.post("/newsroom/login",
                Map.of("username", login.username(), "password", "wrong password 1"));
        HttpResponse<String> unknown = client.post("/newsroom/login",
                Map.of("username", "nobody-" + System.nanoTime(), "password", "wrong password 1"));
        long slowStart = System.nanoTime();
        for (int attempt = 2; attempt <= 5; attempt++) {
            client.post("/newsroom/login", Map.of("username", login.username(), "password", "wrong password"));
        }
        long slowMillis = (System.nanoTime() - slowStart) / 1_000_000;
        HttpResponse<String> rightPasswordWhileLocked = client.post("/newsroom/login",
                Map.of("username", login.username(), "password", login.password()));

        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(message(first)).isEqualTo(message(unknown)).contains("Sign-in failed");
        assertThat(slowMillis).as("failures 3 to 5 are delayed").isGreaterThanOrEqualTo(500);
        assertThat(rightPasswordWhileLocked.statusCode()).isEqualTo(429);
        assertThat(message(rightPasswordWhileLocked)).contains("Too many failed attempts");
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(303);
    }

    @Test
    void theFirstAdminSetupIsClosedOnceAccountsExist() {
        content.newAccount(Role.ADMIN);
        long before = accounts.list().size();
        NewsroomClient client = new NewsroomClient();

        HttpResponse<String> form = client.get("/newsroom/setup");
        client.get("/newsroom/login");
        HttpResponse<String> attempt = client.post("/newsroom/setup", Map.of("username", "intruder",
                "displayName", "Intruder", "password", "a long enough password", "passwordAgain",
                "a long enough password"));

        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(NewsroomClient.location(form)).isEqualTo("/newsroom/login");
        assertThat(attempt.statusCode()).isEqualTo(303);
        assertThat(accounts.list()).hasSize((int) before);
    }

    private static String message(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst(".form-error").text();
    }
}
