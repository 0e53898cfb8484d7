package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import news.dateline.account.Role;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After each newsroom action the next page says what was done, once, to the one who did it. */
@ExtendWith(ArquillianExtension.class)
class FlashMessageIT {

    private static final String ACCOUNTS = "/newsroom/accounts";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FlashMessageIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    MediaLibrary media;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachAccountActionSaysWhatItDidOnce() {
        NewsroomClient admin = signedIn(Role.ADMIN);
        String username = "flash-" + id;
        admin.get(ACCOUNTS);

        expectRedirect(admin.post(ACCOUNTS, Map.of("username", username, "displayName", "Flash Person",
                "role", "WRITER", "password", TestContent.PASSWORD)));
        assertThat(flash(admin, ACCOUNTS)).isEqualTo("Account " + username + " added.");
        assertThat(flash(admin, ACCOUNTS)).as("only once").isNull();

        expectRedirect(admin.post(ACCOUNTS + "/" + username + "/role", Map.of("role", "EDITOR")));
        assertThat(flash(admin, ACCOUNTS)).isEqualTo("Role of " + username + " changed to Editor.");
        expectRedirect(admin.post(ACCOUNTS + "/" + username + "/disable", Map.of()));
        assertThat(flash(admin, ACCOUNTS)).startsWith("Account " + username + " disabled");
        expectRedirect(admin.post(ACCOUNTS + "/" + username + "/enable", Map.of()));
        assertThat(flash(admin, ACCOUNTS)).isEqualTo("Account " + username + " enabled.");
        expectRedirect(admin.post(ACCOUNTS + "/" + username + "/reset-password",
                Map.of("temporaryPassword", "a temporary password")));
        assertThat(flash(admin, ACCOUNTS)).startsWith("Password of " + username + " reset");
        assertThat(flash(admin, ACCOUNTS)).isNull();
    }

    @Test
    void theMessageWaitsForItsPageAndIsShownOnlyToItsSession() {
        TestContent.Login login = content.newAccount(Role.ADMIN);
        NewsroomClient admin = signIn(login);
        NewsroomClient otherTabElsewhere = signIn(login);
        admin.get(ACCOUNTS);
        expectRedirect(admin.post(ACCOUNTS, Map.of("username", "waits-" + id, "displayName", "Waiting Person",
                "role", "WRITER", "password", TestContent.PASSWORD)));

        assertThat(flash(admin, "/newsroom")).as("another page").isNull();
        assertThat(flash(otherTabElsewhere, ACCOUNTS)).as("another session").isNull();
        assertThat(flash(admin, ACCOUNTS)).isEqualTo("Account waits-" + id + " added.");
    }

    @Test
    void aRefusedActionSaysNothingDoneAndTypedTextIsShownAsText() {
        NewsroomClient admin = signedIn(Role.ADMIN);
        admin.get(ACCOUNTS);
        HttpResponse<String> refused = admin.post(ACCOUNTS, Map.of("username", "x", "displayName", "Someone",
                "role", "WRITER", "password", TestContent.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(flash(admin, ACCOUNTS)).isNull();

        String name = "<b>Bold</b> & co " + id;
        admin.get("/newsroom/sections");
        expectRedirect(admin.post("/newsroom/sections", Map.of("name", name, "position", "")));
        Element flash = admin.page("/newsroom/sections").selectFirst("p.flash[role=status]");
        assertThat(flash.text()).isEqualTo("Section " + name + " added.");
        assertThat(flash.select("b")).isEmpty();
    }

    @Test
    void describingAPhotoSaysSo() {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "Old caption", "AP");
        NewsroomClient editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/media/" + photo.getId());

        HttpResponse<String> described = editor.post("/newsroom/media/" + photo.getId(), Map.of("caption",
                "New caption " + id, "credit", "AP", "altText", "A harbour"));

        assertThat(NewsroomClient.location(described)).isEqualTo("/newsroom/media");
        assertThat(flash(editor, "/newsroom/media")).isEqualTo("Description of photo #" + photo.getId() + " saved.");
    }

    @Test
    void aRoleChangeThatIsRefusedShowsWhyAndNoFlash() {
        NewsroomClient admin = signedIn(Role.ADMIN);
        admin.get(ACCOUNTS);
        HttpResponse<String> garbage = admin.post(ACCOUNTS + "/nobody-" + id + "/role", Map.of("role", "OWNER"));
        HttpResponse<String> unknown = admin.post(ACCOUNTS + "/nobody-" + id + "/role", Map.of("role", "EDITOR"));

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(flash(admin, ACCOUNTS)).isNull();
    }

    private static String flash(NewsroomClient client, String path) {
        Element flash = client.page(path).selectFirst("p.flash[role=status]");
        return flash == null ? null : flash.text();
    }

    private static void expectRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    }

    private NewsroomClient signedIn(Role role) {
        return signIn(content.newAccount(role));
    }

    private static NewsroomClient signIn(TestContent.Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }
}
