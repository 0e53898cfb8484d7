package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sign-in and setup forms make no session; they are protected by the pre-session token. */
@ExtendWith(ArquillianExtension.class)
class PreSessionFormIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PreSessionFormIT.class);
    }

    @Inject
    TestContent content;

    @Test
    void theLoginAndSetupFormsMakeNoSession() {
        NewsroomClient client = new NewsroomClient();

        HttpResponse<String> login = client.get("/newsroom/login");
        HttpResponse<String> setup = client.get("/newsroom/setup");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookies(login, "DATELINE_SESSION")).isEmpty();
        assertThat(cookies(setup, "DATELINE_SESSION")).isEmpty();
        assertThat(client.sessionCookie()).isNull();
        String formCookie = cookies(login, "DATELINE_FORM").get(0);
        assertThat(formCookie).contains("HttpOnly", "SameSite=Strict", "Path=/newsroom", "Max-Age=")
                .doesNotContain("Secure").startsWith("DATELINE_FORM=" + client.csrfToken() + ";");
    }

    @Test
    void postingTheLoginFormWithThePreSessionTokenSignsIn() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");

        HttpResponse<String> signedIn = client.post("/newsroom/login",
                Map.of("username", login.username(), "password", login.password()));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(cookies(signedIn, "DATELINE_SESSION")).hasSize(1);
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginPostWithoutTheTokenIsRefusedAndMakesNoSession() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");

        HttpResponse<String> forged = client.postRaw("/newsroom/login",
                Map.of("username", login.username(), "password", login.password()));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(cookies(forged, "DATELINE_SESSION")).isEmpty();
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(303);
    }

    @Test
    void aTokenThatIsNotTheOneInTheBrowsersCookieIsRefused() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient attacker = new NewsroomClient();
        attacker.get("/newsroom/login");
        NewsroomClient victim = new NewsroomClient();
        victim.get("/newsroom/login");
        NewsroomClient withoutCookie = new NewsroomClient();

        HttpResponse<String> mismatched = victim.postRaw("/newsroom/login", Map.of("_csrf", attacker.csrfToken(),
                "username", login.username(), "password", login.password()));
        HttpResponse<String> noCookie = withoutCookie.postRaw("/newsroom/login", Map.of("_csrf",
                attacker.csrfToken(), "username", login.username(), "password", login.password()));

        assertThat(attacker.csrfToken()).isNotEqualTo(victim.csrfToken());
        assertThat(mismatched.statusCode()).isEqualTo(403);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(victim.sessionCookie()).isNull();
        assertThat(withoutCookie.sessionCookie()).isNull();
    }

    @Test
    void aFailedSignInMakesNoSessionAndTheFormCanBeSentAgain() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");

        HttpResponse<String> failed = client.post("/newsroom/login",
                Map.of("username", login.username(), "password", "not the password"));
        HttpResponse<String> again = client.post("/newsroom/login",
                Map.of("username", login.username(), "password", login.password()));

        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(cookies(failed, "DATELINE_SESSION")).isEmpty();
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(client.sessionCookie()).isNotNull();
    }

    @Test
    void theSetupFormNeedsThePreSessionToken() {
        content.newAccount(Role.ADMIN);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");
        Map<String, String> fields = Map.of("username", "intruder", "displayName", "Intruder",
                "password", "a long enough password", "passwordAgain", "a long enough password");

        HttpResponse<String> forged = client.postRaw("/newsroom/setup", fields);
        HttpResponse<String> withToken = client.post("/newsroom/setup", fields);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).as("accepted, then sent to sign-in: accounts exist").isEqualTo(303);
        assertThat(client.sessionCookie()).isNull();
    }

    @Test
    void thePreSessionTokenDoesNotStandInForTheSessionsToken() {
        Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");
        String formToken = client.csrfToken();
        client.post("/newsroom/login", Map.of("username", login.username(), "password", login.password()));

        HttpResponse<String> signOut = client.postRaw("/newsroom/logout", Map.of("_csrf", formToken));

        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(client.get("/newsroom").statusCode()).as("still signed in").isEqualTo(200);
    }

    private static List<String> cookies(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
    }
}
