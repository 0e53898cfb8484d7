package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SearchIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    SearchAdmission admission;

    @jakarta.persistence.PersistenceUnit
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private final SiteClient site = new SiteClient();

    @Test
    void findsStemmedWordsRanksHeadlinesFirstAndMarksTheMatches() {
        String word = "zephyrine" + System.nanoTime() % 100000;
        String section = content.newSection();
        content.publish(anArticle().inSection(section).withHeadline("Ferries wait in the harbour")
                .withBody("<p>The " + word + " winds are blowing and the ferries are waiting.</p>"),
                Instant.parse("2024-05-01T10:00:00Z"));
        content.publish(anArticle().inSection(section).withHeadline("The " + word + " wind blows again")
                .withBody("<p>Nothing else to say.</p>"), Instant.parse("2024-05-02T10:00:00Z"));

        Document page = search("?q=" + word + "+blowing");

        assertThat(page.select(".news-item h2").eachText()).hasSize(2).first().asString().contains("wind blows");
        assertThat(page.select(".snippet mark").eachText()).contains(word);
        assertThat(page.select(".snippet mark").eachText()).anyMatch(m -> m.startsWith("blow"));
    }

    @Test
    void pagesContinueFromHeadlineMatchesToTheOthersNewestFirstWithoutRepeats() {
        String word = "saltmarsh" + System.nanoTime() % 100000;
        String section = content.newSection();
        Instant start = Instant.parse("2023-03-01T08:00:00Z");
        List<String> inHeadline = new java.util.ArrayList<>();
        List<String> inBody = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String headline = "The " + word + " floods, part " + i;
            content.publish(anArticle().inSection(section).withHeadline(headline).withBody("<p>Tides.</p>"),
                    start.plusSeconds(3600L * i));
            inHeadline.add(0, headline);
        }
        for (int i = 0; i < 8; i++) {
            String headline = "Tide report " + i + " " + System.nanoTime();
            content.publish(anArticle().inSection(section).withHeadline(headline)
                    .withBody("<p>The " + word + " is under water again.</p>"), start.plusSeconds(7200L * i + 60));
            inBody.add(0, headline);
        }
        List<String> expected = new java.util.ArrayList<>(inHeadline);
        expected.addAll(inBody);

        Document first = search("?q=" + word);
        Document second = search("?q=" + word + "&page=2");

        List<String> shown = new java.util.ArrayList<>(first.select(".news-item h2").eachText());
        shown.addAll(second.select(".news-item h2").eachText());
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void russianArticlesAreFoundInOtherWordForms() {
        content.publish(anArticle().inSection(content.newSection()).withHeadline("Переговоры министров продолжились")
                .withBody("<p>Министры иностранных дел продолжили переговоры.</p>").inLanguage("ru"),
                Instant.parse("2024-05-03T10:00:00Z"));

        Document page = search("?q=" + URLEncoder.encode("переговорах министра", StandardCharsets.UTF_8));

        assertThat(page.select(".news-item h2").eachText()).contains("Переговоры министров продолжились");
    }

    @Test
    void filtersBySectionAndDateRange() {
        String word = "quillwort" + System.nanoTime() % 100000;
        String one = content.newSection();
        String other = content.newSection();
        content.publish(anArticle().inSection(one).withHeadline("Old " + word), Instant.parse("2020-01-10T10:00:00Z"));
        content.publish(anArticle().inSection(one).withHeadline("New " + word), Instant.parse("2024-01-10T10:00:00Z"));
        content.publish(anArticle().inSection(other).withHeadline("Elsewhere " + word),
                Instant.parse("2024-01-11T10:00:00Z"));

        assertThat(search("?q=" + word + "&section=" + one).select(".news-item h2").eachText())
                .containsExactlyInAnyOrder("Old " + word, "New " + word);
        assertThat(search("?q=" + word + "&from=2023-01-01&to=2024-12-31").select(".news-item h2").eachText())
                .containsExactlyInAnyOrder("New " + word, "Elsewhere " + word);
    }

    @Test
    void emptyOverlongAndHostileQueriesGetANormalPage() {
        for (String q : List.of("", "%27%29%3B+drop+table+article%3B+--", "%26%7C%21%3A*%28%28%28", "a".repeat(5000),
                "%3Cscript%3Ealert(1)%3C/script%3E", "%22unclosed", "-", "-".repeat(40), "-+".repeat(60),
                "-%22".repeat(60), "or+or+or", "%00")) {
            HttpResponse<String> response = site.get("/search?q=" + q + "&from=yesterday&page=-4");
            assertThat(response.statusCode()).as(q).isEqualTo(q.equals("%00") ? 400 : 200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1")).hasSize(1);
            assertThat(response.body()).doesNotContain("<script>alert");
        }
    }

    /**
     * Every turn is taken (as by searches in progress): a search waits for one and is answered as soon
     * as a turn is given back; one that waits longer than the longest wait is told the server is busy.
     */
    @Test
    void aSearchWaitsForATurnAndIsToldTheServerIsBusyWhenNoneComes() throws Exception {
        int turns = admission.concurrency();
        long longestWait = admission.longestWaitMillis();
        for (int i = 0; i < turns; i++) {
            assertThat(admission.enter()).isTrue();
        }
        try {
            CompletableFuture<HttpResponse<String>> waiting =
                    CompletableFuture.supplyAsync(() -> site.get("/search?q=harbour+waiting" + System.nanoTime()));
            Thread.sleep(500);
            assertThat(waiting).as("a search without a turn waits").isNotDone();
            admission.leave();
            assertThat(waiting.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

            assertThat(admission.enter()).isTrue();
            admission.waitAtMost(200);
            HttpResponse<String> refused = site.get("/search?q=harbour+refused" + System.nanoTime());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(Jsoup.parse(refused.body()).text()).contains("Search is very busy just now");
        } finally {
            admission.waitAtMost(longestWait);
            for (int i = 0; i < turns; i++) {
                admission.leave();
            }
        }
        assertThat(site.get("/search?q=harbour").statusCode()).isEqualTo(200);
    }

    /**
     * A search page reads the query's forms and then the hits with their sections: two statements in one
     * transaction. The section filter lists the sections the navigation already knows (read once per change
     * of them), so a section published into for the first time is offered at once.
     */
    @Test
    void aSearchPageTakesTwoStatementsAndOffersEverySectionWithStories() {
        String word = "shinglebay" + System.nanoTime() % 100000;
        String section = content.newPublicSection();
        for (int i = 0; i < 3; i++) {
            content.publish(anArticle().inSection(section).withHeadline("The " + word + " ferry, day " + i)
                    .withBody("<p>Day " + i + ".</p>"), Instant.parse("2024-06-01T08:00:00Z").plusSeconds(3600L * i));
        }
        search("?q=warmup");
        org.hibernate.stat.Statistics statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
                .getStatistics();
        statistics.setStatisticsEnabled(true);
        long fewestStatements = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        try {
            for (String query : new String[] {word, word + " ferry", "ferry " + word, word + " day", word + " ferries"}) {
                statistics.clear();
                Document page = search("?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                fewestStatements = Math.min(fewestStatements, statistics.getPrepareStatementCount());
                fewestTransactions = Math.min(fewestTransactions, statistics.getTransactionCount());
                assertThat(page.select(".news-item h2").eachText()).as(query).hasSize(3);
                assertThat(page.select("#section option").eachAttr("value")).as(query).contains(section);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(fewestStatements).as("statements per search page").isEqualTo(2);
        assertThat(fewestTransactions).as("transactions per search page").isEqualTo(1);
    }

    private Document search(String query) {
        return site.page("/search" + query);
    }
}
