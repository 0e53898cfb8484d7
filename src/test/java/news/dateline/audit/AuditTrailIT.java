package news.dateline.audit;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.platform.Slug;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Section, contributor, account and photo changes are in the audit log, in words, each linked to its page. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AuditTrailIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ContributorService contributors;

    @PersistenceContext
    EntityManager em;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void sectionChangesAreLoggedInWordsAndLinkToTheSectionsPage() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String slug = Slug.fromTitle("Audited " + id).value();
        editor.get("/newsroom/sections");
        editor.post("/newsroom/sections", Map.of("name", "Audited " + id, "position", ""));
        editor.post("/newsroom/sections/" + slug, Map.of("name", "Audited desk " + id));
        editor.post("/newsroom/sections/" + slug + "/retire", Map.of());
        content.draft(anArticle().inSection(slug));
        editor.post("/newsroom/sections/" + slug + "/delete", Map.of());

        Document log = signedIn(Role.ADMIN).page("/newsroom/audit?target=" + encode("section " + slug));

        assertThat(log.select("tbody tr td:nth-child(2)").eachText())
                .containsExactly("Section retired", "Section renamed", "Section added");
        assertThat(log.select("tbody tr td:nth-child(4) a").eachAttr("href"))
                .containsOnly("/newsroom/sections#section-" + slug).hasSize(3);
        assertThat(log.select("tbody tr td:nth-child(2)").eachAttr("data-action"))
                .containsExactly("SECTION_RETIRED", "SECTION_RENAMED", "SECTION_CREATED");
        assertThat(log.select("tbody tr").get(1).text()).contains("Audited " + id + " → Audited desk " + id);
    }

    @Test
    void contributorAndAccountChangesAreLoggedAndLinkToTheirPages() {
        NewsroomClient admin = signedIn(Role.ADMIN);
        admin.get("/newsroom/contributors");
        admin.post("/newsroom/contributors", Map.of("name", "Logged " + id, "bio", "", "photoId", "", "accountId", ""));
        Contributor logged = contributors.list().stream().filter(c -> c.getName().equals("Logged " + id))
                .findFirst().orElseThrow();
        admin.post("/newsroom/contributors/" + logged.getId(), Map.of("name", "Logged " + id, "bio", "New bio",
                "photoId", "", "accountId", ""));
        admin.post("/newsroom/contributors/" + logged.getId() + "/retire", Map.of());
        String username = "audited-" + id;
        admin.post("/newsroom/accounts", Map.of("username", username, "displayName", "Audited Person",
                "role", "WRITER", "password", TestContent.PASSWORD));

        Document contributorLog = admin.page("/newsroom/audit?target=" + encode("contributor " + logged.getId() + " (Logged " + id));
        Document accountLog = admin.page("/newsroom/audit?action=ACCOUNT_CREATED&target=" + encode(username));

        assertThat(contributorLog.select("tbody tr td:nth-child(2)").eachText())
                .containsExactly("Contributor retired", "Contributor edited", "Contributor added");
        assertThat(contributorLog.select("tbody tr td:nth-child(4) a").eachAttr("href"))
                .containsOnly("/newsroom/contributors/" + logged.getId());
        Element account = accountLog.selectFirst("tbody tr");
        assertThat(account.selectFirst("td:nth-child(2)").text()).isEqualTo("Account added");
        assertThat(account.selectFirst("td:nth-child(4) a").attr("href")).isEqualTo("/newsroom/accounts#account-" + username);
        assertThat(admin.page("/newsroom/accounts").getElementById("account-" + username)).isNotNull();
        assertThat(accountLog.select("#action option[value=ACCOUNT_CREATED]").text()).isEqualTo("Account added");
    }

    @Test
    void articleLinesLinkToTheEditorAndARefusedChangeLeavesNoLine() {
        TestContent.Login writer = content.newAccount(Role.WRITER);
        Article draft = content.draftBy(writer, anArticle().inSection(content.newSection()).withHeadline("Logged " + id));
        NewsroomClient editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/contributors");
        editor.post("/newsroom/contributors", Map.of("name", "Bylined " + id, "bio", "", "photoId", "", "accountId", ""));
        Contributor bylined = contributors.list().stream().filter(c -> c.getName().equals("Bylined " + id))
                .findFirst().orElseThrow();
        content.draft(anArticle().inSection(content.newSection()).bylinedToContributor(bylined));
        long before = lines();

        assertThat(editor.post("/newsroom/contributors/" + bylined.getId() + "/delete", Map.of()).statusCode())
                .isEqualTo(400);

        assertThat(lines()).isEqualTo(before);
        Document log = signedIn(Role.ADMIN).page("/newsroom/audit?action=ARTICLE_CREATED&target="
                + encode("article " + draft.getId() + " ("));
        assertThat(log.selectFirst("tbody tr td:nth-child(2)").text()).isEqualTo("Story created");
        assertThat(log.selectFirst("tbody tr td:nth-child(4) a").attr("href"))
                .isEqualTo("/newsroom/articles/" + draft.getId());
    }

    @Test
    void aPhotoUploadedDescribedAndFocusedIsLoggedInWordsAndLinksToThePhoto() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/media");
        java.net.http.HttpResponse<String> uploaded = editor.postMultipart("/newsroom/media",
                Map.of("caption", "Quay " + id, "credit", "AP", "altText", "A quay"), "file", "quay-" + id + ".jpg",
                news.dateline.testing.Fixtures.samplePhoto());
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String photo = uploaded.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/newsroom/media/(\\d+).*", "$1");
        editor.get("/newsroom/media/" + photo);
        assertThat(editor.post("/newsroom/media/" + photo, Map.of("caption", "Quay at dawn " + id, "credit", "AP",
                "altText", "A quay")).statusCode()).isEqualTo(303);
        assertThat(editor.post("/newsroom/media/" + photo + "/focal-point", Map.of("focalX", "30", "focalY", "60"))
                .statusCode()).isEqualTo(303);

        Document page = signedIn(Role.ADMIN).page("/newsroom/audit?target=" + encode("photo " + photo));
        // the filter for "photo 12" also finds "photo 123": this photo's lines only
        java.util.List<Element> lines = page.select("tbody tr").stream()
                .filter(row -> row.selectFirst("td:nth-child(4)").text().matches("photo " + photo + "\\b.*")).toList();

        assertThat(lines).extracting(row -> row.selectFirst("td:nth-child(2)").attr("data-action"))
                .containsExactly("PHOTO_FOCUSED", "PHOTO_DESCRIBED", "PHOTO_UPLOADED");
        assertThat(lines).extracting(row -> row.selectFirst("td:nth-child(2)").text())
                .containsExactly("Photo focal point set", "Photo description changed", "Photo uploaded");
        assertThat(lines).extracting(row -> row.selectFirst("td:nth-child(4) a").attr("href"))
                .containsOnly("/newsroom/media/" + photo);
        assertThat(lines.get(2).text()).contains("quay-" + id + ".jpg");
    }

    private long lines() {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action like 'CONTRIBUTOR%'")
                .getSingleResult()).longValue();
    }

    private NewsroomClient signedIn(Role role) {
        TestContent.Login login = content.newAccount(role);
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
