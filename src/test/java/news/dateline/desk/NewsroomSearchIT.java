package news.dateline.desk;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.contributor.ContributorService;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent.Login;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The newsroom search on the dashboard, over HTTP as a browser sends its GET form. */
@ExtendWith(ArquillianExtension.class)
class NewsroomSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NewsroomSearchIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ContributorService contributors;

    @Test
    void shouldFindADraftByAWordOfItsBodyInRussianAndInEnglish() {
        String section = content.newSection();
        Login editor = content.newAccount(Role.EDITOR);
        content.draftBy(editor, anArticle().inSection(section).withHeadline("Городская дума " + section)
                .inLanguage("ru").withBody("<p>Депутаты обсуждали ремонт старых водопроводов.</p>"));
        content.draftBy(editor, anArticle().inSection(section).withHeadline("Harbour pilots " + section)
                .withBody("<p>The pilots rehearsed their manoeuvres before dawn.</p>"));
        NewsroomClient client = signedIn(editor);

        assertThat(headlines(client, "q=" + encode("водопровод") + "&section=" + section))
                .containsExactly("Городская дума " + section);
        assertThat(headlines(client, "q=manoeuvre&section=" + section)).containsExactly("Harbour pilots " + section);
        assertThat(headlines(client, "q=manoeuvre&status=DRAFT&section=" + section)).hasSize(1);
        assertThat(headlines(client, "q=manoeuvre&status=PUBLISHED&section=" + section)).isEmpty();
    }

    @Test
    void aWriterFindsTheirOwnDraftsAndPublishedStoriesButNotAColleaguesDraft() {
        String section = content.newSection();
        Login writer = content.newAccount(Role.WRITER);
        Login colleague = content.newAccount(Role.WRITER);
        content.draftBy(colleague, anArticle().inSection(section).withHeadline("Colleague draft " + section)
                .withBody("<p>Notes on the lighthouse keepers.</p>"));
        content.draftBy(writer, anArticle().inSection(section).withHeadline("Own draft " + section)
                .withBody("<p>More on the lighthouse keepers.</p>"));
        content.publish(anArticle().inSection(section).withHeadline("Published " + section)
                .withBody("<p>The lighthouse keepers retire.</p>"), Instant.parse("2024-05-01T09:00:00Z"));

        String query = "q=lighthouse&section=" + section;
        assertThat(headlines(signedIn(writer), query))
                .containsExactlyInAnyOrder("Own draft " + section, "Published " + section);
        assertThat(headlines(signedIn(colleague), query))
                .containsExactlyInAnyOrder("Colleague draft " + section, "Published " + section);
        assertThat(headlines(signedIn(content.newAccount(Role.EDITOR)), query)).hasSize(3);
    }

    @Test
    void shouldFilterByBylineAndByDaysInTheNewsroomsZone() {
        String section = content.newSection();
        var contributor = contributors.createUnchecked("Search Byline " + section, "", null, null);
        content.publish(anArticle().inSection(section).withHeadline("Bylined " + section)
                .bylinedToContributor(contributor), Instant.parse("2024-05-01T21:30:00Z"));
        content.publish(anArticle().inSection(section).withHeadline("Unbylined " + section),
                Instant.parse("2024-05-01T20:30:00Z"));
        NewsroomClient client = signedIn(content.newAccount(Role.EDITOR));

        assertThat(headlines(client, "section=" + section + "&author=" + contributor.getId()))
                .containsExactly("Bylined " + section);
        String published = "queue=published&section=" + section;
        assertThat(headlines(client, published + "&from=2024-05-02&to=2024-05-02"))
                .as("21:30 UTC is past midnight in Moscow").containsExactly("Bylined " + section);
        assertThat(headlines(client, published + "&to=2024-05-01")).containsExactly("Unbylined " + section);
    }

    @Test
    void hostileFilterValuesAreRefusedNextToTheirFieldAndNeverAnswer500() {
        NewsroomClient client = signedIn(content.newAccount(Role.EDITOR));
        Map<String, String> refusedField = Map.of(
                "q=" + "x".repeat(5000), "q",
                "from=2016-13-45", "from",
                "to=%2B99999-01-01", "to",
                "from=0000-12-31", "from",
                "status=BOGUS", "status",
                "author=-5", "author",
                "author=99999999999999999999999", "author",
                "section=-1", "section",
                "queue=nope", "queue");
        refusedField.forEach((query, field) -> {
            HttpResponse<String> response = client.get("/newsroom?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select(".error-summary li")).as(query).hasSize(1);
            if (!field.equals("queue")) {
                assertThat(page.select("#" + field + "-error")).as(query).hasSize(1);
                assertThat(page.select("#" + field).attr("aria-invalid")).as(query).isEqualTo("true");
            }
        });

        for (String query : List.of("q=" + "y".repeat(1_000_000), "q=" + encode("---!!!&|:*()<>\\'\""),
                "q=" + encode("-".repeat(5000)), "before=-1-2", "before=garbage", "before=99999999999999999999-1")) {
            int status = client.get("/newsroom?" + query).statusCode();
            assertThat(status).as(query.substring(0, Math.min(60, query.length()))).isBetween(200, 499);
        }
    }

    /** The headlines the dashboard lists for the query string, on its first page. */
    static List<String> headlines(NewsroomClient client, String query) {
        return client.page("/newsroom?" + query).select("table.desk tbody tr td:first-child a").eachText();
    }

    static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
