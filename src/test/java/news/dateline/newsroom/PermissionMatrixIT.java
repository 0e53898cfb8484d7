package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every newsroom action, tried by every role over HTTP exactly as a browser (or a crafted request)
 * would send it. 403 means refused by the server; 200/303 means done.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final int OK = 200;
    private static final int DONE = 303;
    private static final int FORBIDDEN = 403;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PermissionMatrixIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    MediaLibrary media;

    private String section;
    private Login colleague;

    @BeforeEach
    void aSectionAndAColleagueWithAnArticle() {
        section = content.newSection();
        colleague = content.newAccount(Role.WRITER);
    }

    /** An action against the server; gives the HTTP status it got. */
    private record Action(String name, ToIntFunction<NewsroomClient> attempt, int writer, int editor, int admin) {
    }

    @Test
    void eachRoleMayDoExactlyWhatItsRoleAllows() {
        List<Action> actions = List.of(
                new Action("open the new-article form", c -> c.get("/newsroom/articles/new").statusCode(), OK, OK, OK),
                new Action("create a draft", c -> createDraft(c), DONE, DONE, DONE),
                new Action("edit a colleague's draft", c -> save(c, colleagueDraft(), "save"), FORBIDDEN, DONE, DONE),
                new Action("open a colleague's draft", c -> c.get(editUrl(colleagueDraft())).statusCode(),
                        FORBIDDEN, OK, OK),
                new Action("preview a colleague's draft", c -> c.get(editUrl(colleagueDraft()) + "/preview")
                        .statusCode(), FORBIDDEN, OK, OK),
                new Action("submit their own draft", c -> saveOwnDraft(c, "submit"), DONE, DONE, DONE),
                new Action("publish their own draft", c -> saveOwnDraft(c, "publish"), FORBIDDEN, DONE, DONE),
                new Action("publish a colleague's submitted article", c -> save(c, submitted(), "publish"),
                        FORBIDDEN, DONE, DONE),
                new Action("withdraw a published article", c -> withdraw(c, published()), FORBIDDEN, DONE, DONE),
                new Action("return a published article to draft", c -> returnToDraft(c, published()),
                        FORBIDDEN, DONE, DONE),
                new Action("upload a photo", c -> upload(c), DONE, DONE, DONE),
                new Action("describe a photo", c -> describePhoto(c), FORBIDDEN, DONE, DONE),
                new Action("see contributors", c -> c.get("/newsroom/contributors").statusCode(), FORBIDDEN, OK, OK),
                new Action("add a contributor", c -> c.post("/newsroom/contributors",
                        Map.of("name", "Guest Writer " + System.nanoTime(), "bio", "")).statusCode(), FORBIDDEN, DONE, DONE),
                new Action("see sections", c -> c.get("/newsroom/sections").statusCode(), FORBIDDEN, OK, OK),
                new Action("add a section", c -> c.post("/newsroom/sections",
                        Map.of("name", "Desk " + System.nanoTime(), "position", "9")).statusCode(),
                        FORBIDDEN, DONE, DONE),
                new Action("see accounts", c -> c.get("/newsroom/accounts").statusCode(), FORBIDDEN, FORBIDDEN, OK),
                new Action("add an account", c -> c.post("/newsroom/accounts", Map.of("username",
                        "new-" + System.nanoTime(), "displayName", "New Person", "role", "ADMIN",
                        "password", "a long enough password")).statusCode(), FORBIDDEN, FORBIDDEN, DONE),
                new Action("set a colleague's e-mail address", c -> c.post("/newsroom/accounts/"
                        + colleague.username() + "/email", Map.of("email", "desk@example.org")).statusCode(),
                        FORBIDDEN, FORBIDDEN, DONE),
                new Action("set their own e-mail address", c -> c.post("/newsroom/account/email",
                        Map.of("email", "me@example.org")).statusCode(), DONE, DONE, DONE));

        List<String> mismatches = new ArrayList<>();
        for (Role role : Role.values()) {
            NewsroomClient client = signedIn(content.newAccount(role));
            for (Action action : actions) {
                int expected = switch (role) {
                    case WRITER -> action.writer();
                    case EDITOR -> action.editor();
                    case ADMIN -> action.admin();
                };
                client.get("/newsroom");
                int actual = action.attempt().applyAsInt(client);
                if (actual != expected) {
                    mismatches.add(role + " / " + action.name() + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void withoutSigningInEveryNewsroomPageSendsToTheLoginAndNothingChanges() {
        NewsroomClient anonymous = new NewsroomClient();
        for (String path : List.of("/newsroom", "/newsroom/articles/new", "/newsroom/media", "/newsroom/sections",
                "/newsroom/accounts", "/newsroom/contributors", editUrl(colleagueDraft()))) {
            var response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(NewsroomClient.location(response)).as(path).startsWith("/newsroom/login?next=");
        }
        anonymous.get("/newsroom/login");
        var crafted = anonymous.post("/newsroom/articles/" + published().getId() + "/withdraw",
                Map.of("version", "0", "reason", "crafted"));
        assertThat(crafted.statusCode()).as("no session, so no session token: refused before the guard")
                .isEqualTo(403);
    }

    @Test
    void aWriterCannotPublishEvenByCraftingTheRequest() {
        Login writer = content.newAccount(Role.WRITER);
        NewsroomClient client = signedIn(writer);
        Article own = content.draftBy(writer, anArticle().inSection(section));

        int status = client.post("/newsroom/articles/" + own.getId(), Map.of("headline", "Crafted", "section",
                section, "version", Long.toString(own.getVersion()), "action", "publish")).statusCode();

        assertThat(status).isEqualTo(FORBIDDEN);
        assertThat(articles.forEditing(content.editorOf(writer), own.getId()).getStatus().name()).isEqualTo("DRAFT");
    }

    private NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }

    private int createDraft(NewsroomClient client) {
        client.get("/newsroom/articles/new");
        return client.post("/newsroom/articles", Map.of("headline", "A new draft " + System.nanoTime(),
                "section", section, "action", "save")).statusCode();
    }

    /** Creates a draft through the form as this client, then acts on it through the form. */
    private int saveOwnDraft(NewsroomClient client, String action) {
        var created = client.post("/newsroom/articles", Map.of("headline", "Own draft " + System.nanoTime(),
                "section", section, "action", "save"));
        String editUrl = NewsroomClient.location(created).replaceAll("\\?.*", "");
        var form = client.page(editUrl);
        return client.post(editUrl, Map.of("headline", form.selectFirst("#headline").val(), "section", section,
                "version", form.selectFirst("input[name=version]").val(), "action", action)).statusCode();
    }

    private int save(NewsroomClient client, Article article, String action) {
        return client.post("/newsroom/articles/" + article.getId(), Map.of("headline", article.getHeadline(),
                "section", section, "version", Long.toString(article.getVersion()), "action", action)).statusCode();
    }

    private int withdraw(NewsroomClient client, Article article) {
        return client.post(editUrl(article) + "/withdraw", Map.of("version", Long.toString(article.getVersion()),
                "reason", "Legal review", "confirm", "yes")).statusCode();
    }

    private int returnToDraft(NewsroomClient client, Article article) {
        return client.post(editUrl(article) + "/return-to-draft", Map.of("version",
                Long.toString(article.getVersion()), "reason", "Facts under review", "confirm", "yes")).statusCode();
    }

    private int upload(NewsroomClient client) {
        return client.postMultipart("/newsroom/media", Map.of("caption", "c", "credit", "AP"), "file", "p.jpg",
                Fixtures.samplePhoto()).statusCode();
    }

    private int describePhoto(NewsroomClient client) {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "Old caption", "AP");
        return client.post("/newsroom/media/" + photo.getId(), Map.of("caption", "New caption", "credit", "AP",
                "altText", "")).statusCode();
    }

    private Article colleagueDraft() {
        return content.draftBy(colleague, anArticle().inSection(section));
    }

    private Article submitted() {
        Article draft = colleagueDraft();
        return articles.submit(content.editorOf(colleague), draft.getId(), draft.getVersion());
    }

    private Article published() {
        return content.publish(anArticle().inSection(section), Instant.parse("2024-01-01T10:00:00Z"));
    }

    private static String editUrl(Article article) {
        return "/newsroom/articles/" + article.getId();
    }
}
