package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of hostile values (NUL, U+FFFE, a megabyte, negative and huge numbers, wrong types, markup)
 * in every field of every newsroom form answers 2xx, 3xx or 4xx, never a server error.
 */
@ExtendWith(ArquillianExtension.class)
class HostileFormValuesIT {

    private static final List<String> VALUES = List.of("a\u0000b", "\uFFFE", "x".repeat(1_000_000), "-1",
            "99999999999999999999", "abc", "", "<script>alert(1)</script>", "2016-13-45T99:99", "\u202Eevil");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(HostileFormValuesIT.class);
    }

    @Inject
    TestContent content;

    @Test
    void noNewsroomFormAnswersAServerErrorWhateverItIsSent() {
        TestContent.Login admin = content.newAccount(Role.ADMIN);
        TestContent.Login victim = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.signIn(admin.username(), admin.password());
        String section = content.newSection();
        Article article = content.publish(anArticle().inSection(section), Instant.parse("2016-06-07T11:32:00Z"));
        String story = "/newsroom/articles/" + article.getId();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/newsroom/contributors", List.of("name", "bio", "photoId", "accountId"));
        forms.put("/newsroom/accounts", List.of("username", "displayName", "role", "password", "email"));
        forms.put("/newsroom/accounts/" + victim.username() + "/email", List.of("email"));
        forms.put("/newsroom/account/email", List.of("email"));
        forms.put("/newsroom/accounts/" + victim.username() + "/role", List.of("role"));
        forms.put("/newsroom/accounts/" + victim.username() + "/reset-password", List.of("temporaryPassword"));
        forms.put("/newsroom/account/password", List.of("current", "password", "passwordAgain"));
        forms.put("/newsroom/sections", List.of("name", "position"));
        forms.put("/newsroom/sections/" + section, List.of("name", "position"));
        forms.put(story + "/withdraw", List.of("version", "reason", "confirm"));
        forms.put(story + "/return-to-draft", List.of("version", "reason", "confirm"));
        forms.put(story + "/unschedule", List.of("version"));
        forms.put(story + "/revisions/1/restore", List.of("version", "confirm"));
        forms.put(story + "/send-back", List.of("version", "note"));
        forms.put(story + "/notes", List.of("note"));
        forms.put(story + "/autosave", List.of("headline", "lead", "body", "version"));
        List<String> serverErrors = new ArrayList<>();
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, value));
                // Every form is answered, even one over the size limit: the server reads a refused body
                // to its end before it answers, so the client, still sending, sees the 413 page.
                HttpResponse<String> answer = client.post(form.getKey(), fields);
                if (answer.statusCode() >= 500) {
                    serverErrors.add(answer.statusCode() + " " + form.getKey() + " " + shortened(value));
                }
            }
        }
        List<String> editorFields = List.of("headline", "lead", "body", "datelinePlace", "agencyMark", "section",
                "tags", "byline1", "bylineText", "publishAt", "embargoUntil", "photoId", "photoCaption", "slug",
                "version", "language", "correctionNote", "baseRevision", "action");
        for (String target : List.of("/newsroom/articles", story)) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>();
                editorFields.forEach(field -> fields.put(field, value));
                HttpResponse<String> answer = client.postMultipart(target, fields, null, null, null);
                if (answer.statusCode() >= 500) {
                    serverErrors.add(answer.statusCode() + " multipart " + target + " " + shortened(value));
                }
            }
        }

        assertThat(serverErrors).isEmpty();
        assertThat(client.get("/newsroom").statusCode()).as("still signed in and working").isEqualTo(200);
    }

    private static String shortened(String value) {
        String visible = value.replace("\u0000", "\\0");
        return visible.length() > 30 ? visible.substring(0, 30) + "…(" + value.length() + ")" : visible;
    }
}
