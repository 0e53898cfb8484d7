package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races between editors end on the conflict page or succeed, never with a 500: two saves of one
 * story at once (the loser on the conflict page with what they typed), many new stories with one
 * headline at once, one new tag on two stories at once.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSavesIT {

    private static final int ROUNDS = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ConcurrentSavesIT.class);
    }

    @Inject
    TestContent content;

    private final ExecutorService threads = Executors.newFixedThreadPool(30);
    private String section;

    @BeforeEach
    void aSection() {
        section = content.newSection();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoEditorsSavingOneStoryAtOnceGiveOneSaveAndOneConflictPage() throws Exception {
        NewsroomClient first = signedInEditor();
        NewsroomClient second = signedInEditor();
        first.get("/newsroom/articles/new");
        String editUrl = NewsroomClient.location(first.postMultipart("/newsroom/articles", Map.of("headline",
                "Race " + System.nanoTime(), "section", section, "body", "Text.", "action", "save"), null, null, null))
                .replaceAll("\\?.*", "");
        List<Integer> statuses = new ArrayList<>();
        List<String> losersNotOnTheConflictPage = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String version = first.page(editUrl).selectFirst("input[name=version]").val();
            second.page(editUrl);
            int r = round;
            List<NewsroomClient> both = List.of(first, second);
            List<HttpResponse<String>> answers = togetherResponses(both, client -> client.postMultipart(editUrl, Map.of(
                    "headline", headline(r, client), "section", section, "body", body(r, client),
                    "tags", "Race tag " + r, "version", version, "action", "save"), null, null, null));
            List<Integer> pair = answers.stream().map(HttpResponse::statusCode).toList();
            assertThat(pair).as("round %d", round).contains(303);
            statuses.addAll(pair);
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> answer = answers.get(i);
                if (answer.statusCode() == 303) {
                    continue;
                }
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(answer.body());
                String headline = page.select("input[name=headline]").val();
                String body = page.select("textarea[name=body]").text();
                if (answer.statusCode() != 409 || page.selectFirst("#conflict-heading") == null
                        || !headline.equals(headline(r, both.get(i))) || !body.equals(body(r, both.get(i)))) {
                    losersNotOnTheConflictPage.add("round " + r + ": " + answer.statusCode() + ", headline \""
                            + headline + "\", body \"" + body + "\"");
                }
            }
        }
        assertThat(statuses).as("only saves and conflict pages").allMatch(s -> s == 303 || s == 409);
        assertThat(statuses.stream().filter(s -> s == 409)).as("one loser a round").hasSize(ROUNDS);
        assertThat(losersNotOnTheConflictPage).as("every loser sees the conflict page with what they typed")
                .isEmpty();
    }

    private static String headline(int round, NewsroomClient client) {
        return "Round " + round + " by " + client.hashCode();
    }

    private static String body(int round, NewsroomClient client) {
        return "Text of round " + round + " by " + client.hashCode();
    }

    @Test
    void manyNewStoriesWithOneHeadlineAtOnceAllGetAnAddress() throws Exception {
        String headline = "Same headline " + System.nanoTime();
        List<NewsroomClient> writers = new ArrayList<>();
        List<Future<NewsroomClient>> signingIn = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            signingIn.add(threads.submit(this::signedInEditor));
        }
        for (Future<NewsroomClient> writer : signingIn) {
            writers.add(writer.get());
        }
        // thirty writers press Save on a new story with the same headline and the same new tag at once
        Set<String> places = new HashSet<>(togetherAnswers(writers, client -> client.postMultipart("/newsroom/articles",
                Map.of("headline", headline, "section", section, "body", "Text.", "tags", "Fresh tag " + headline,
                        "action", "save"), null, null, null)));
        assertThat(places).as("30 stories, 30 addresses").hasSize(30).allMatch(slug -> !slug.isBlank());
    }

    private NewsroomClient signedInEditor() {
        Login login = content.newAccount(Role.EDITOR);
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        client.get("/newsroom/articles/new");
        return client;
    }

    private List<HttpResponse<String>> togetherResponses(List<NewsroomClient> clients,
                                                         Function<NewsroomClient, HttpResponse<String>> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (NewsroomClient client : clients) {
            answers.add(threads.submit(() -> {
                start.await();
                return call.apply(client);
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        return responses;
    }

    /** Sends at once; every answer must be a redirect to the new story, whose address is returned. */
    private List<String> togetherAnswers(List<NewsroomClient> clients,
                                         Function<NewsroomClient, HttpResponse<String>> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (NewsroomClient client : clients) {
            answers.add(threads.submit(() -> {
                start.await();
                return call.apply(client);
            }));
        }
        start.countDown();
        List<String> places = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).get();
            assertThat(answer.statusCode()).as("create %d: %s", i, org.jsoup.Jsoup.parse(answer.body())
                    .select(".field-error, .form-error, .error-summary").text()).isEqualTo(303);
            NewsroomClient client = clients.get(i);
            places.add(client.page(NewsroomClient.location(answer)).selectFirst("#slug").val());
            client.get("/newsroom/articles/new");
        }
        return places;
    }
}
