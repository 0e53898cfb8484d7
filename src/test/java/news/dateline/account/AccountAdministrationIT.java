package news.dateline.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AccountAdministrationIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    AccountService accounts;

    @Test
    void disablingAUserEndsTheirSessionAtOnce() {
        Login writer = content.newAccount(Role.WRITER);
        NewsroomClient session = signedIn(writer);
        NewsroomClient admin = signedIn(content.newAccount(Role.ADMIN));
        assertThat(session.get("/newsroom").statusCode()).isEqualTo(200);

        admin.get("/newsroom/accounts");
        HttpResponse<String> disabled = admin.post("/newsroom/accounts/" + writer.username() + "/disable", Map.of());

        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(session.get("/newsroom").statusCode()).isEqualTo(303);
        assertThat(new NewsroomClient().signIn(writer.username(), writer.password()).statusCode()).isEqualTo(401);
    }

    @Test
    void changingARoleEndsTheSessionAndTheNewRoleAppliesAtTheNextSignIn() {
        Login editor = content.newAccount(Role.EDITOR);
        NewsroomClient session = signedIn(editor);
        NewsroomClient admin = signedIn(content.newAccount(Role.ADMIN));

        admin.get("/newsroom/accounts");
        admin.post("/newsroom/accounts/" + editor.username() + "/role", Map.of("role", "ADMIN"));

        assertThat(session.get("/newsroom/contributors").statusCode()).isEqualTo(303);
        assertThat(signedIn(editor).get("/newsroom/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void aResetPasswordMustBeReplacedAtTheNextSignInAndOwnChangesNeedTheCurrentPassword() {
        Login writer = content.newAccount(Role.WRITER);
        NewsroomClient admin = signedIn(content.newAccount(Role.ADMIN));
        admin.get("/newsroom/accounts");
        admin.post("/newsroom/accounts/" + writer.username() + "/reset-password",
                Map.of("temporaryPassword", "temporary password 1"));

        NewsroomClient client = signedIn(new Login(writer.username(), "temporary password 1", writer.accountId()));
        HttpResponse<String> forced = client.get("/newsroom");
        client.get("/newsroom/account/password");
        HttpResponse<String> wrongCurrent = client.post("/newsroom/account/password", Map.of("current",
                "not the password", "password", "my very own password", "passwordAgain", "my very own password"));
        HttpResponse<String> changed = client.post("/newsroom/account/password", Map.of("current",
                "temporary password 1", "password", "my very own password", "passwordAgain", "my very own password"));

        assertThat(forced.statusCode()).isEqualTo(303);
        assertThat(NewsroomClient.location(forced)).isEqualTo("/newsroom/account/password");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(client.get("/newsroom").statusCode()).as("the own session carries on").isEqualTo(200);
        assertThat(new NewsroomClient().signIn(writer.username(), "my very own password").statusCode()).isEqualTo(303);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDisabled() {
        Login only = content.newAccount(Role.ADMIN);
        Editor actor = content.editorOf(only);
        accounts.list().stream().filter(a -> a.getRole() == Role.ADMIN && a.isEnabled() && !a.getUsername()
                .equals(only.username())).forEach(a -> accounts.setEnabled(actor, a.getUsername(), false));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.changeRole(actor, only.username(), Role.EDITOR))
                .isInstanceOfSatisfying(news.dateline.platform.FieldRefused.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.messageKey())
                                .isEqualTo("accounts.error.lastAdmin"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setEnabled(actor, only.username(), false))
                .isInstanceOfSatisfying(news.dateline.platform.FieldRefused.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.messageKey())
                                .isEqualTo("accounts.error.lastAdmin"));
    }

    @Test
    void anAdminGivesAnAccountAnEmailAddressWhenAddingItAndLaterAndARefusedOneIsShownNextToItsField() {
        NewsroomClient admin = signedIn(content.newAccount(Role.ADMIN));
        String name = "mail-" + System.nanoTime();
        admin.get("/newsroom/accounts");

        HttpResponse<String> refused = admin.post("/newsroom/accounts", Map.of("username", name, "displayName",
                "Anna Mail", "role", "WRITER", "password", TestContent.PASSWORD, "email", "anna at example"));
        Document refusedPage = Jsoup.parse(refused.body());
        HttpResponse<String> added = admin.post("/newsroom/accounts", Map.of("username", name, "displayName",
                "Anna Mail", "role", "WRITER", "password", TestContent.PASSWORD, "email", " Anna@News.Example.ORG "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refusedPage.selectFirst("#email-error").text()).startsWith("Write one e-mail address");
        assertThat(refusedPage.selectFirst("#email").attr("aria-describedby")).contains("email-error");
        assertThat(refusedPage.selectFirst("#email").val()).isEqualTo("anna at example");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(emailOf(name)).contains("Anna@news.example.org");

        HttpResponse<String> badChange = admin.post("/newsroom/accounts/" + name + "/email",
                Map.of("email", "anna@example.org\r\nBcc: x@example.org"));
        Document badPage = Jsoup.parse(badChange.body());
        assertThat(badChange.statusCode()).isEqualTo(400);
        assertThat(badPage.selectFirst("#email-" + name + "-error").text())
                .startsWith("Write one e-mail address");
        assertThat(emailOf(name)).as("unchanged").contains("Anna@news.example.org");

        HttpResponse<String> changed = admin.post("/newsroom/accounts/" + name + "/email",
                Map.of("email", "anna.petrova@example.org"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(admin.page("/newsroom/accounts").selectFirst("#email-" + name).val())
                .isEqualTo("anna.petrova@example.org");
        admin.post("/newsroom/accounts/" + name + "/email", Map.of("email", ""));
        assertThat(emailOf(name)).as("removed").isEmpty();
    }

    @Test
    void onlyAdminsSetOtherPeoplesAddresses() {
        Login writer = content.newAccount(Role.WRITER);
        Login other = content.newAccount(Role.WRITER);
        NewsroomClient session = signedIn(writer);
        session.get("/newsroom");

        HttpResponse<String> refused = session.post("/newsroom/accounts/" + other.username() + "/email",
                Map.of("email", "taken.over@example.org"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(emailOf(other.username())).isEmpty();
    }

    @Test
    void everyoneSetsTheirOwnAddressOnlyThatFieldIsTakenAndTheSessionGoesOn() {
        Login writer = content.newAccount(Role.WRITER);
        NewsroomClient session = signedIn(writer);
        Document page = session.page("/newsroom/account/password");
        assertThat(page.selectFirst("form[action=/newsroom/account/email] label[for=email]")).isNotNull();

        HttpResponse<String> refused = session.post("/newsroom/account/email", Map.of("email", "me@localhost"));
        Document refusedPage = Jsoup.parse(refused.body());
        HttpResponse<String> saved = session.post("/newsroom/account/email", Map.of("email", "me@example.org",
                "role", "ADMIN", "username", "someone-else", "displayName", "Taken Over", "enabled", "false"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refusedPage.selectFirst("#email-error").text()).startsWith("Write one e-mail address");
        assertThat(refusedPage.selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(NewsroomClient.location(saved)).isEqualTo("/newsroom/account/password");
        Document after = session.page("/newsroom/account/password");
        assertThat(after.select(".flash").text()).isEqualTo("Your e-mail address is saved.");
        assertThat(after.selectFirst("#email").val()).isEqualTo("me@example.org");
        Account account = accounts.list().stream().filter(a -> a.getId() == writer.accountId()).findFirst()
                .orElseThrow();
        assertThat(account.getEmail()).contains("me@example.org");
        assertThat(account.getRole()).isEqualTo(Role.WRITER);
        assertThat(account.getUsername()).isEqualTo(writer.username());
        assertThat(account.getDisplayName()).isEqualTo("Test " + writer.username());
        assertThat(account.isEnabled()).isTrue();
        assertThat(session.get("/newsroom").statusCode()).as("a new address does not end the session").isEqualTo(200);

        session.post("/newsroom/account/email", Map.of("email", "  "));
        assertThat(emailOf(writer.username())).as("removed").isEmpty();
    }

    private java.util.Optional<String> emailOf(String username) {
        return accounts.list().stream().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow()
                .getEmail();
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }
}
