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

    @Test
    void eachEditorOutcomeIsSaidOnceByAFlashNotByTheAddress() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String section = content.newSection();
        editor.get("/newsroom/articles/new");
        String story = said(editor, editor.postMultipart("/newsroom/articles", story(section, null, "save"), null,
                null, null), "Saved.");
        String at = java.time.LocalDateTime.now().plusDays(3).withNano(0).withSecond(0).toString();
        Map<String, String> schedule = story(section, version(editor, story), "schedule");
        schedule.put("publishAt", at);

        said(editor, editor.postMultipart(story, schedule, null, null, null),
                "Scheduled. The server publishes it at the planned time.");
        said(editor, editor.post(story + "/unschedule", Map.of("version", version(editor, story))),
                "No longer scheduled; it is a draft again.");
        said(editor, editor.postMultipart(story, story(section, version(editor, story), "submit"), null, null, null),
                "Saved and submitted to the editors.");
        said(editor, editor.postMultipart(story, story(section, version(editor, story), "publish"), null, null, null),
                "Published. It is on the site now.");
        Map<String, String> correction = story(section, version(editor, story), "save");
        correction.put("correctionNote", "An earlier version misspelt the harbour master's name.");
        said(editor, editor.postMultipart(story, correction, null, null, null),
                "Corrected. Readers see the correction note under the article.");
        said(editor, editor.post(story + "/return-to-draft", Map.of("version", version(editor, story), "reason",
                "Facts to check.", "confirm", "yes")), "Back to draft. Readers no longer see it.");
        said(editor, editor.postMultipart(story, story(section, version(editor, story), "publish"), null, null, null),
                "Published. It is on the site now.");
        said(editor, editor.post(story + "/withdraw", Map.of("version", version(editor, story), "reason",
                "Legal advice.", "confirm", "yes")), "Withdrawn. Its address now tells readers it was withdrawn.");
        said(editor, editor.post(story + "/revisions/1/restore", Map.of("version", version(editor, story),
                "confirm", "yes")), "Revision 1 restored as a new revision.");
    }

    @Test
    void sendingAStoryBackNamesItsWriter() {
        TestContent.Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = signIn(writerLogin);
        writer.get("/newsroom/articles/new");
        String story = NewsroomClient.location(writer.postMultipart("/newsroom/articles",
                story(content.newSection(), null, "submit"), null, null, null));
        NewsroomClient editor = signedIn(Role.EDITOR);

        said(editor, editor.post(story + "/send-back", Map.of("version", version(editor, story), "note",
                "Two sources, please.")), "Story returned to Test " + writerLogin.username() + " with a note.");
    }

    @Test
    void takingOverALockDiscardingAnAutosaveChangingTheOwnPasswordAndUploadingAPhotoSaySo() {
        NewsroomClient first = signedIn(Role.EDITOR);
        TestContent.Login login = content.newAccount(Role.EDITOR);
        NewsroomClient editor = signIn(login);
        first.get("/newsroom/articles/new");
        String story = NewsroomClient.location(first.postMultipart("/newsroom/articles",
                story(content.newSection(), null, "save"), null, null, null));
        first.get(story);
        editor.get(story);

        said(editor, editor.post(story + "/lock/take-over", Map.of()),
                "You have taken over this article; whoever had it open is told so.");
        editor.postWithHeader(story + "/autosave", Map.of("headline", "Unsaved headline " + id));
        said(editor, editor.post(story + "/autosave/discard", Map.of()), "Your autosaved work is discarded.");
        editor.postWithHeader("/newsroom/articles/new/autosave", Map.of("headline", "Unsaved new story " + id));
        said(editor, editor.post("/newsroom/articles/new/autosave/discard", Map.of()),
                "Your autosaved work is discarded.");

        editor.get("/newsroom/account/password");
        said(editor, editor.post("/newsroom/account/password", Map.of("current", login.password(), "password",
                "a new password " + id, "passwordAgain", "a new password " + id)), "Your password is changed.");

        editor.get("/newsroom/media");
        HttpResponse<String> uploaded = editor.postMultipart("/newsroom/media", Map.of("caption", "Flash " + id,
                "credit", "AP", "altText", "A harbour"), "file", "p.jpg", Fixtures.samplePhoto());
        String photo = NewsroomClient.location(uploaded);
        assertThat(photo).matches("/newsroom/media/\\d+");
        said(editor, uploaded, "Photo #" + photo.substring("/newsroom/media/".length()) + " saved.");
    }

    /**
     * The action redirected to a plain address (no query saying what happened) whose page says
     * {@code message} once: not again when it is loaded again. Returns the address.
     */
    private static String said(NewsroomClient client, HttpResponse<String> action, String message) {
        expectRedirect(action);
        String path = NewsroomClient.location(action);
        assertThat(path).as("what was done is not in the address").doesNotContain("?");
        assertThat(flash(client, path)).isEqualTo(message);
        assertThat(flash(client, path)).as("said once, not again on reload").isNull();
        return path;
    }

    /** The editor form's fields for a story, with the action of the button pressed. */
    private Map<String, String> story(String section, String version, String action) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("headline", "Flash story " + id,
                "section", section, "body", "The harbour master spoke on Monday.", "action", action));
        if (version != null) {
            fields.put("version", version);
        }
        return fields;
    }

    private static String version(NewsroomClient client, String story) {
        return client.page(story).selectFirst("input[name=version]").val();
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
