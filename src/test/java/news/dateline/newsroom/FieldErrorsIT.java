package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.account.Account;
import news.dateline.account.AccountService;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ArticleService;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;
import news.dateline.section.Section;
import news.dateline.section.SectionService;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A value no page can use (a NUL byte, a lone surrogate) typed into any field of a newsroom form
 * brings the form back with 400, the message next to that very field (marked invalid), and changes
 * nothing; the same for the filters of the desk and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class FieldErrorsIT {

    private static final String NUL = "\u0000";
    private static final String BELL = "\u0007";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FieldErrorsIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    AccountService accounts;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    @Inject
    MediaLibrary media;

    @Inject
    ArticleService articles;

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private NewsroomClient admin;
    private TestContent.Login adminLogin;

    @BeforeEach
    void signInAsAdmin() {
        adminLogin = content.newAccount(Role.ADMIN);
        admin = new NewsroomClient();
        admin.signIn(adminLogin.username(), adminLogin.password());
        admin.get("/newsroom");
    }

    @Test
    void accountForms() {
        TestContent.Login victim = content.newAccount(Role.WRITER);
        String name = "new-" + id;

        refusedAt(admin.post("/newsroom/accounts", Map.of("username", name, "displayName", "Ann" + NUL + "e",
                "role", "WRITER", "password", TestContent.PASSWORD, "email", "")), "displayName");
        assertThat(accountNamed(name)).isNull();

        refusedAt(admin.post("/newsroom/accounts/" + victim.username() + "/role", Map.of("role", "EDITOR" + NUL)),
                "role-" + victim.username());
        refusedAt(admin.post("/newsroom/accounts/" + victim.username() + "/email",
                Map.of("email", "anna" + NUL + "@example.org")), "email-" + victim.username());
        refusedAt(admin.post("/newsroom/accounts/" + victim.username() + "/reset-password",
                Map.of("temporaryPassword", "a long password" + NUL)), "temp-" + victim.username());
        Account unchanged = accountNamed(victim.username());
        assertThat(unchanged.getRole()).isEqualTo(Role.WRITER);
        assertThat(unchanged.getEmail()).isEmpty();
        assertThat(new NewsroomClient().signIn(victim.username(), victim.password()).statusCode())
                .as("the old password still signs in").isEqualTo(303);
    }

    @Test
    void ownAccountForms() {
        refusedAt(admin.post("/newsroom/account/password", Map.of("current", adminLogin.password(),
                "password", "a new password" + BELL, "passwordAgain", "a new password" + BELL)),
                "password");
        refusedAt(admin.post("/newsroom/account/email", Map.of("email", NUL)), "email");
        assertThat(accountNamed(adminLogin.username()).getEmail()).isEmpty();
        assertThat(new NewsroomClient().signIn(adminLogin.username(), adminLogin.password()).statusCode())
                .as("the password is unchanged").isEqualTo(303);
    }

    @Test
    void signingInAndSettingUp() {
        NewsroomClient stranger = new NewsroomClient();
        stranger.get("/newsroom/login");
        refusedAt(stranger.post("/newsroom/login", Map.of("username", "ann" + NUL, "password", "whatever")),
                "username");
    }

    @Test
    void sectionForms() {
        int before = sections.list().size();
        refusedAt(admin.post("/newsroom/sections", Map.of("name", "Sport" + NUL + id, "position", "")), "name");
        assertThat(sections.list()).hasSize(before);

        String slug = content.newSection();
        String name = sections.findBySlug(slug).orElseThrow().getName();
        refusedAt(admin.post("/newsroom/sections/" + slug, Map.of("name", "Renamed" + NUL)), "name-" + slug);
        assertThat(sections.findBySlug(slug).map(Section::getName)).contains(name);
    }

    @Test
    void contributorForms() {
        int before = contributors.list().size();
        refusedAt(admin.post("/newsroom/contributors", Map.of("name", "Anna" + NUL + id, "bio", "",
                "photoId", "", "accountId", "")), "name");
        assertThat(contributors.list()).hasSize(before);

        Contributor anna = contributors.createUnchecked("Anna " + id, "Moscow correspondent", null, null);
        refusedAt(admin.post("/newsroom/contributors/" + anna.getId(), Map.of("name", "Anna " + id,
                "bio", "Moscow" + NUL, "photoId", "", "accountId", "")), "bio");
        assertThat(contributors.find(anna.getId()).map(Contributor::getBio)).contains("Moscow correspondent");
    }

    @Test
    void photoForms() {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "Old caption " + id, "AP");
        String page = "/newsroom/media/" + photo.getId();

        refusedAt(admin.post(page, Map.of("caption", "New" + NUL, "credit", "AP", "altText", "A harbour")),
                "caption");
        refusedAt(admin.post(page + "/focal-point", Map.of("focalX", "30" + NUL, "focalY", "40")), "focalX");
        MediaAsset unchanged = media.find(photo.getId()).orElseThrow();
        assertThat(unchanged.getCaption()).isEqualTo("Old caption " + id);
        assertThat(unchanged.getFocalPoint()).isEqualTo(photo.getFocalPoint());

        admin.get("/newsroom/media");
        refusedAt(admin.postMultipart("/newsroom/media", Map.of("caption", "Upload " + id, "credit", "AP" + NUL,
                "altText", ""), "file", "new.jpg", Fixtures.samplePhoto()), "credit");
    }

    @Test
    void takingAStoryOffTheSite() {
        Article story = content.publish(anArticle().inSection(content.newSection()), Instant.parse("2016-06-07T11:32:00Z"));
        String path = "/newsroom/articles/" + story.getId();
        admin.get(path);

        refusedAt(admin.post(path + "/withdraw", Map.of("version", String.valueOf(story.getVersion()),
                "reason", "Legal" + NUL, "confirm", "yes")), "withdrawReason");
        assertThat(articles.forReading(content.editorOf(adminLogin), story.getId()).getStatus())
                .isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void photoPickerFormsCheckTheWholeEditorFormLikeASave() {
        String section = content.newSection();
        Article story = content.draftBy(adminLogin, anArticle().inSection(section));
        String path = "/newsroom/articles/" + story.getId();
        admin.get(path);
        Map<String, String> typed = Map.of("headline", "Floods" + NUL + " in the valley", "body",
                "Typed story text " + id, "section", section, "version", String.valueOf(story.getVersion()));

        for (String picker : List.of(path + "/photo-picker", "/newsroom/articles/new/photo-picker")) {
            HttpResponse<String> answer = admin.postMultipart(picker, typed, null, null, null);

            assertThat(answer.statusCode()).as(picker).isEqualTo(400);
            Document page = Jsoup.parse(answer.body());
            assertThat(page.getElementById("headline-error")).as("a message next to the headline").isNotNull();
            assertThat(page.getElementById("headline-error").text())
                    .isEqualTo(PageRenderer.message("editor.error.unusable"));
            assertThat(page.getElementById("headline").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.getElementById("body").text()).as("the story text is kept")
                    .isEqualTo("Typed story text " + id);
        }
        assertThat(admin.page(path).select(".autosave-banner:not([hidden])")).as("nothing was kept").isEmpty();
        assertThat(articles.forReading(content.editorOf(adminLogin), story.getId()).getHeadline())
                .isEqualTo(story.getHeadline());
    }

    @Test
    void filters() {
        refusedAt(admin.get("/newsroom?q=" + URLEncoder.encode("floods" + NUL, StandardCharsets.UTF_8)), "q");
        refusedAt(admin.get("/newsroom/audit?actor=" + URLEncoder.encode("ann" + NUL, StandardCharsets.UTF_8)),
                "actor");
        refusedAt(admin.get("/newsroom/audit?from=2026-13-45"), "from");
    }

    /** The answer is 400 and shows the form with a message next to {@code field}, which is marked invalid. */
    private static void refusedAt(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as("status of the refused " + field).isEqualTo(400);
        Document page = Jsoup.parse(answer.body());
        Element message = page.getElementById(field + "-error");
        assertThat(message).as("a message next to " + field).isNotNull();
        assertThat(message.text()).isNotBlank();
        Element input = page.getElementById(field);
        assertThat(input).as("the field " + field).isNotNull();
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        if (List.of("from", "until").contains(field)) {
            return;
        }
        assertThat(message.text()).isEqualTo(PageRenderer.message(FormInput.UNUSABLE));
    }

    private Account accountNamed(String username) {
        return accounts.list().stream().filter(a -> a.getUsername().equals(username)).findFirst().orElse(null);
    }
}
