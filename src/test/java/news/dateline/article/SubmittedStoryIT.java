package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A writer who submits a story follows it read-only, with its preview; their edit lock goes with the submission. */
@ExtendWith(ArquillianExtension.class)
class SubmittedStoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SubmittedStoryIT.class);
    }

    @Inject
    TestContent content;

    @Test
    void theWriterSeesTheSubmittedStoryReadOnlyAndTheEditorSeesNoStaleLock() {
        String section = content.newSection();
        Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        writer.get("/newsroom/articles/new");
        String headline = "Ferry timetable " + System.nanoTime();
        String editUrl = NewsroomClient.location(writer.postMultipart("/newsroom/articles", Map.of("headline", headline,
                "section", section, "body", "New times.", "action", "save"), null, null, null)).replaceAll("\\?.*", "");
        Document form = writer.page(editUrl);

        HttpResponse<String> submitted = writer.postMultipart(editUrl, Map.of("headline", headline, "section", section,
                "body", "New times.", "version", form.selectFirst("input[name=version]").val(), "action", "submit"),
                null, null, null);
        HttpResponse<String> followed = writer.get(NewsroomClient.location(submitted));
        Document readOnly = org.jsoup.Jsoup.parse(followed.body());
        String preview = readOnly.selectFirst("a[href$=/preview]").attr("href");

        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(readOnly.selectFirst(".status").text()).isEqualTo("Submitted");
        assertThat(readOnly.select("#article-form")).isEmpty();
        assertThat(writer.get(preview).statusCode()).isEqualTo(200);

        Login editorLogin = content.newAccount(Role.EDITOR);
        NewsroomClient editor = new NewsroomClient();
        editor.signIn(editorLogin.username(), editorLogin.password());
        assertThat(editor.page(editUrl).select("#lock-banner")).as("the writer's lock went with the submission").isEmpty();
    }
}
