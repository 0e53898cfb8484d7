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
        assertThat(changed.statusCode()).isEqualTo(200);
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
                .hasMessageContaining("last administrator");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setEnabled(actor, only.username(), false))
                .hasMessageContaining("last administrator");
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }
}
