package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A state change without the session's CSRF token is refused, whoever sends it. */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CsrfIT.class);
    }

    @Inject
    TestContent content;

    @Test
    void aPostWithoutTheTokenIsForbiddenAndChangesNothing() {
        Login admin = content.newAccount(Role.ADMIN);
        NewsroomClient client = new NewsroomClient();
        client.signIn(admin.username(), admin.password());
        String headline = "Forged " + System.nanoTime();

        HttpResponse<String> forged = client.postRaw("/newsroom/articles", Map.of("headline", headline,
                "section", content.newSection(), "action", "save"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(forged.body()).text())
                .contains("The form had expired or did not come from this site.");
        assertThat(client.page("/newsroom").text()).doesNotContain(headline);
    }

    @Test
    void anotherSessionsTokenIsForbidden() {
        Login editor = content.newAccount(Role.EDITOR);
        NewsroomClient victim = new NewsroomClient();
        victim.signIn(editor.username(), editor.password());
        victim.get("/newsroom");
        NewsroomClient attacker = new NewsroomClient();
        attacker.get("/newsroom/login");
        String section = content.newSection();
        long articleId = content.publish(anArticle().inSection(section), java.time.Instant.now()).getId();

        HttpResponse<String> forged = victim.postRaw("/newsroom/articles/" + articleId + "/withdraw",
                Map.of("_csrf", attacker.csrfToken(), "version", "1", "reason", "forged"));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aMultipartUploadWithoutTheTokenIsForbidden() {
        Login writer = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.signIn(writer.username(), writer.password());
        client.get("/newsroom/media");

        HttpResponse<String> withToken = client.postMultipart("/newsroom/media", Map.of("caption", "ok"), "file",
                "a.jpg", Fixtures.samplePhoto());
        HttpResponse<String> forged = client.postMultipart("/newsroom/media", Map.of("_csrf", "forged"), "file",
                "a.jpg", Fixtures.samplePhoto());

        assertThat(withToken.statusCode()).isEqualTo(303);
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
