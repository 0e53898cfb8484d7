package news.dateline.desk;

import static news.dateline.desk.NewsroomSearchIT.headlines;
import static news.dateline.desk.NewsroomSearchIT.signedIn;
import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.DeskQueue;
import news.dateline.article.NewsroomSearch;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.platform.PageKey;
import news.dateline.testing.ArticleBuilder;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent.Login;
import news.dateline.testing.TestContent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard's work queues: what each shows, paging by key, one statement a page. */
@ExtendWith(ArquillianExtension.class)
class DeskQueuesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DeskQueuesIT.class, NewsroomSearchIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    ContributorService contributors;

    @Inject
    NewsroomSearch search;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    /** A writer, a colleague and an editor, and one section holding a story in every state of the desk. */
    private record Desk(String section, Login writer, Login editor) {
    }

    @Test
    void eachQueueShowsWhatItShouldAndNothingElse() {
        Desk desk = aDeskWithEveryKindOfStory(1);
        String in = "&section=" + desk.section();
        NewsroomClient writer = signedIn(desk.writer());
        NewsroomClient editor = signedIn(desk.editor());

        assertThat(headlines(writer, "queue=mine" + in)).containsExactlyInAnyOrder("Own draft 0", "Bylined 0",
                "Submitted 0", "Returned 0");
        assertThat(headlines(editor, "queue=review" + in)).containsExactly("Submitted 0");
        assertThat(headlines(editor, "queue=scheduled" + in)).containsExactly("Scheduled 0");
        assertThat(headlines(editor, "queue=returned" + in)).containsExactly("Returned 0");
        assertThat(headlines(writer, "queue=returned" + in)).containsExactly("Returned 0");
        assertThat(headlines(editor, "queue=published" + in)).containsExactly("Published 0");
        assertThat(headlines(editor, "queue=all" + in)).hasSize(7);
        assertThat(headlines(writer, in)).as("the colleague's draft and the editor's scheduled story are not the"
                + " writer's to see").containsExactlyInAnyOrder("Own draft 0", "Bylined 0", "Submitted 0",
                "Returned 0", "Published 0");

        assertThat(editor.page("/newsroom").select("nav.queues a").eachAttr("href")).contains("/newsroom?queue=review");
        assertThat(writer.page("/newsroom").select("nav.queues a").eachAttr("href"))
                .doesNotContain("/newsroom?queue=review");
        assertThat(writer.get("/newsroom?queue=review" + in).statusCode()).isEqualTo(403);
    }

    @Test
    void everyStoryListedToAWriterOpensForThemAndNoOtherDraftDoes() {
        Desk desk = aDeskWithEveryKindOfStory(1);
        NewsroomClient writer = signedIn(desk.writer());
        List<String> listed = new ArrayList<>();
        for (String queue : List.of("all", "mine", "returned", "published")) {
            listed.addAll(writer.page("/newsroom?queue=" + queue + "&section=" + desk.section())
                    .select("table.desk tbody tr td:first-child a").eachAttr("href"));
        }
        assertThat(listed).as("the bylined colleague's story is listed").hasSizeGreaterThanOrEqualTo(5);
        for (String story : listed) {
            assertThat(writer.get(story).statusCode()).as(story).isEqualTo(200);
            assertThat(writer.get(story + "/preview").statusCode()).as("preview of " + story).isEqualTo(200);
        }
        String bylined = writer.page("/newsroom?queue=mine&section=" + desk.section())
                .select("table.desk tbody tr td:first-child a").stream()
                .filter(link -> link.text().equals("Bylined 0")).findFirst().orElseThrow().attr("href");
        Document bylinedPage = writer.page(bylined);
        assertThat(bylinedPage.select("h1").text()).isEqualTo("Bylined 0");
        assertThat(bylinedPage.select("#article-form")).as("read, not changed, by the writer it is bylined to").isEmpty();

        List<String> everything = signedIn(desk.editor()).page("/newsroom?queue=all&section=" + desk.section())
                .select("table.desk tbody tr td:first-child a").eachAttr("href");
        for (String story : everything) {
            if (!listed.contains(story)) {
                assertThat(writer.get(story).statusCode()).as("not listed to the writer: " + story).isEqualTo(403);
            }
        }
    }

    @Test
    void theNextPageLinkWalksPastTheFirstPageVisitingEveryStoryOnce() {
        String section = content.newSection();
        Login editor = content.newAccount(Role.EDITOR);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < DashboardResource.PAGE_SIZE + 3; i++) {
            written.add(content.draftBy(editor, anArticle().inSection(section).withHeadline("Paged " + i))
                    .getHeadline());
        }
        NewsroomClient client = signedIn(editor);

        List<String> visited = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "/newsroom?queue=mine&section=" + section;
        while (next != null) {
            Document page = client.page(next);
            List<String> onPage = page.select("table.desk tbody tr td:first-child a").eachText();
            sizes.add(onPage.size());
            visited.addAll(onPage);
            Element older = page.selectFirst("a.older[rel=next]");
            next = older == null ? null : older.attr("href");
            assertThat(next == null || (next.contains("before=") && next.contains("queue=mine"))).isTrue();
        }

        assertThat(sizes).containsExactly(DashboardResource.PAGE_SIZE, 3);
        java.util.Collections.reverse(written);
        assertThat(visited).as("last changed first").containsExactlyElementsOf(written);
    }

    @Test
    void queuesOrderedByScheduledOrPublicationTimePageByThatTimeEvenWhenTimesAreShared() {
        String section = content.newSection();
        Login login = content.newAccount(Role.EDITOR);
        Editor editor = content.editorOf(login);
        List<Long> scheduled = new ArrayList<>();
        List<PageKey> published = new ArrayList<>();
        Instant soon = Instant.now().plus(Duration.ofDays(3));
        for (int i = 0; i < 7; i++) {
            Article draft = content.draftBy(login, anArticle().inSection(section));
            scheduled.add(articles.schedule(editor, draft.getId(), draft.getVersion(),
                    soon.plus(Duration.ofHours(i / 2)), null).getId());
            Instant at = Instant.parse("2024-03-01T09:00:00Z").minus(Duration.ofHours(i / 2));
            published.add(new PageKey(at, content.publish(anArticle().inSection(section), at).getId()));
        }
        published.sort(java.util.Comparator.comparing(PageKey::at).thenComparing(PageKey::id).reversed());

        assertThat(walk(editor, criteria(DeskQueue.SCHEDULED, section), 2)).containsExactlyElementsOf(scheduled);
        assertThat(walk(editor, criteria(DeskQueue.RECENTLY_PUBLISHED, section), 2))
                .containsExactlyElementsOf(published.stream().map(PageKey::id).toList());
    }

    @Test
    void everyQueuePageIsOneStatementWhateverItsLengthAndFilters() {
        Desk desk = aDeskWithEveryKindOfStory(4);
        Editor editor = content.editorOf(desk.editor());
        Editor writer = content.editorOf(desk.writer());
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);

        for (DeskQueue queue : DeskQueue.values()) {
            NewsroomSearch.Criteria plain = criteria(queue, desk.section());
            NewsroomSearch.Criteria filtered = new NewsroomSearch.Criteria(queue, "harbour -ferry \"inner harbour\"",
                    null, null, desk.section(), Instant.parse("2000-01-01T00:00:00Z"),
                    Instant.parse("2100-01-01T00:00:00Z"));
            List<NewsroomSearch.Hit> first = search.page(editor, filtered, null, 3);
            assertThat(first).as(queue.name()).hasSize(3);
            PageKey after = first.get(0).pageKey();
            for (Editor viewer : queue == DeskQueue.NEEDS_REVIEW ? List.of(editor) : List.of(editor, writer)) {
                assertThat(statementsFor(statistics, () -> search.page(viewer, plain, null, 50)))
                        .as(queue + " for " + viewer.role()).isEqualTo(1);
                assertThat(statementsFor(statistics, () -> search.page(viewer, filtered, after, 50)))
                        .as(queue + " filtered, for " + viewer.role()).isEqualTo(1);
            }
        }
    }

    /**
     * The fewest statements one call prepared in three tries: the publication scheduler runs in the
     * background and may prepare its own while one is counted.
     */
    private static long statementsFor(Statistics statistics, Runnable call) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            statistics.clear();
            call.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            assertThat(statistics.getEntityLoadCount()).isZero();
        }
        return fewest;
    }

    private List<Long> walk(Editor viewer, NewsroomSearch.Criteria criteria, int pageSize) {
        List<Long> ids = new ArrayList<>();
        PageKey after = null;
        while (true) {
            List<NewsroomSearch.Hit> page = search.page(viewer, criteria, after, pageSize);
            page.forEach(hit -> ids.add(hit.id()));
            if (page.size() < pageSize) {
                return ids;
            }
            after = page.get(page.size() - 1).pageKey();
        }
    }

    private static NewsroomSearch.Criteria criteria(DeskQueue queue, String section) {
        return new NewsroomSearch.Criteria(queue, null, null, null, section, null, null);
    }

    /**
     * {@code copies} of each: the writer's own draft, a colleague's draft bylined to the writer, a
     * colleague's draft, the writer's submitted story, the writer's story returned from review, the
     * editor's scheduled story and a published one; all bylined twice.
     */
    private Desk aDeskWithEveryKindOfStory(int copies) {
        String section = content.newSection();
        Login writer = content.newAccount(Role.WRITER);
        Login colleague = content.newAccount(Role.WRITER);
        Login editorLogin = content.newAccount(Role.EDITOR);
        Editor editor = content.editorOf(editorLogin);
        Contributor writersByline = contributors.createUnchecked("Byline " + writer.username(), "", null,
                writer.accountId());
        for (int n = 0; n < copies; n++) {
            content.draftBy(writer, story(section, "Own draft " + n));
            content.draftBy(colleague, story(section, "Bylined " + n).bylinedToContributor(writersByline));
            content.draftBy(colleague, story(section, "Colleague draft " + n));
            Article submitted = content.draftBy(writer, story(section, "Submitted " + n));
            articles.submit(content.editorOf(writer), submitted.getId(), submitted.getVersion());
            Article returned = content.draftBy(writer, story(section, "Returned " + n));
            returned = articles.submit(content.editorOf(writer), returned.getId(), returned.getVersion());
            articles.returnToDraft(editor, returned.getId(), returned.getVersion(), "Needs a second source");
            Article scheduled = content.draftBy(editorLogin, story(section, "Scheduled " + n));
            articles.schedule(editor, scheduled.getId(), scheduled.getVersion(),
                    Instant.now().plus(Duration.ofDays(2)), null);
            content.publish(story(section, "Published " + n), Instant.parse("2024-04-01T09:00:00Z"));
        }
        return new Desk(section, writer, editorLogin);
    }

    private static ArticleBuilder story(String section, String headline) {
        return anArticle().inSection(section).withHeadline(headline).bylinedTo("Ana Lima", "Boris Petrov");
    }
}
