package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.account.Role;
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

/** Two people on one article: locks, take-over, autosave, and concurrent saves that lose nothing. */
@ExtendWith(ArquillianExtension.class)
class EditSessionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(EditSessionIT.class);
    }

    @Inject
    TestContent content;

    @Test
    void twoConcurrentSavesFromTheSameVersionOneWinsTheOtherGetsTheConflictPageWithItsText() throws Exception {
        String section = content.newSection();
        Article article = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(section));
        NewsroomClient first = signedIn(content.newAccount(Role.EDITOR));
        NewsroomClient second = signedIn(content.newAccount(Role.EDITOR));
        String version = first.page(edit(article)).selectFirst("input[name=version]").val();
        second.page(edit(article));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> saves = new ArrayList<>();
        for (NewsroomClient client : List.of(first, second)) {
            String body = "<p>Text written by " + (client == first ? "the first" : "the second") + " editor.</p>";
            Callable<HttpResponse<String>> save = () -> client.postMultipart(edit(article), Map.of("headline",
                    "Headline " + body.length(), "section", section, "body", body, "version", version,
                    "action", "save"), null, null, null);
            saves.add(pool.submit(save));
        }
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> loser = null;
        for (Future<HttpResponse<String>> save : saves) {
            HttpResponse<String> response = save.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                loser = response;
            }
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(303, 409);
        Document conflict = Jsoup.parse(loser.body());
        assertThat(conflict.selectFirst("#body").text()).startsWith("<p>Text written by the");
        assertThat(conflict.select(".conflict tbody tr th").eachText()).contains("Body");
        assertThat(conflict.selectFirst("input[name=version]").val()).isNotEqualTo(version);
    }

    @Test
    void theSecondEditorSeesWhoHasTheArticleOpenAndCanTakeOver() {
        Article article = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(content.newSection()));
        Login firstLogin = content.newAccount(Role.EDITOR);
        NewsroomClient first = signedIn(firstLogin);
        NewsroomClient second = signedIn(content.newAccount(Role.EDITOR));

        first.page(edit(article));
        Document secondView = second.page(edit(article));
        HttpResponse<String> takeOver = second.post(edit(article) + "/lock/take-over", Map.of());
        HttpResponse<String> firstHeartbeat = first.postWithHeader(edit(article) + "/lock");

        assertThat(secondView.selectFirst("#lock-banner").text()).contains("Test " + firstLogin.username());
        assertThat(takeOver.statusCode()).isEqualTo(303);
        assertThat(second.page(edit(article)).select("#lock-banner")).isEmpty();
        assertThat(firstHeartbeat.body()).contains("\"held\":false").contains("\"holder\"");
    }

    @Test
    void autosavedWorkIsOfferedBackAfterACrashAndIsNotARevision() {
        Login login = content.newAccount(Role.EDITOR);
        Article article = content.draftBy(login, anArticle().inSection(content.newSection()));
        NewsroomClient client = signedIn(login);
        client.page(edit(article));

        HttpResponse<String> autosave = client.postWithHeader(edit(article) + "/autosave",
                Map.of("headline", "Half-written headline", "body", "<p>Typed before the crash.</p>"));
        NewsroomClient afterCrash = signedIn(login);
        Document offered = afterCrash.page(edit(article));
        Document restored = afterCrash.page(edit(article) + "?restore=autosave");

        assertThat(autosave.statusCode()).isEqualTo(200);
        assertThat(offered.selectFirst(".autosave-banner").text()).contains("unsaved work");
        assertThat(offered.selectFirst("#headline").val()).isEqualTo(article.getHeadline());
        assertThat(restored.selectFirst("#headline").val()).isEqualTo("Half-written headline");
        assertThat(restored.selectFirst("#body").text()).isEqualTo("<p>Typed before the crash.</p>");
        assertThat(restored.select(".revisions tbody tr")).hasSize(1);
    }

    private NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }

    private static String edit(Article article) {
        return "/newsroom/articles/" + article.getId();
    }
}
