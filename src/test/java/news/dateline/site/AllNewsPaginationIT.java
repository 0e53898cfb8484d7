package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.article.Article;
import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.Permalinks;
import news.dateline.testing.Deployments;
import news.dateline.testing.ServerStatistics;
import news.dateline.testing.SiteClient;
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

/** Walking "Older news" from the first page visits every published article once, newest first. */
@ExtendWith(ArquillianExtension.class)
class AllNewsPaginationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AllNewsPaginationIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    PublishedArticles published;

    @Inject
    Permalinks links;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    private final SiteClient site = new SiteClient();

    @Test
    void walkingOlderNewsFromAllNewsVisitsEveryPublishedArticleExactlyOnceNewestFirst() {
        String section = content.newSection();
        publishSeveralSharingPublicationTimes(section, 47);
        content.draft(anArticle().inSection(section));

        List<String> visited = walk(links.allNews());

        List<String> expected = published.newest(null, 100_000).stream()
                .map(summary -> links.article(summary.publishedAt(), summary.slug()))
                .toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(47);
        assertThat(visited).containsExactlyElementsOf(expected);
    }

    @Test
    void aSectionPageListsOnlyThatSectionsArticlesAndPagesTheSameWay() {
        String section = content.newSection();
        String other = content.newSection();
        List<Article> mine = publishSeveralSharingPublicationTimes(section, 53);
        publishSeveralSharingPublicationTimes(other, 3);

        // The first page is the section's front (its lead, four more, then twenty): the older pages go on from there.
        List<String> visited = walk(links.section(section));

        assertThat(visited).hasSize(53)
                .containsExactlyInAnyOrderElementsOf(mine.stream()
                        .map(a -> links.article(a.getPublishedAt(), a.getSlug())).toList());
    }

    @Test
    void everyListingPageIsReadWithOneQueryWhateverItsLength() {
        String section = content.newSection();
        for (int i = 0; i < 21; i++) {
            content.publish(anArticle().inSection(section).taggedWith("Counted").bylinedToContributor(reporter()),
                    Instant.parse("2023-06-01T09:00:00Z").plusSeconds(i));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);

        for (java.util.function.Supplier<List<ArticleSummary>> listing : List.<java.util.function.Supplier<List<ArticleSummary>>>of(
                () -> published.newest(null, 21),
                () -> published.newestInSection(section, null, 21),
                () -> published.newestTagged("counted", null, 21),
                () -> published.newestBy(contributorId, null, 21))) {
            ServerStatistics.Counts counted = ServerStatistics.fewest(statistics,
                    () -> assertThat(listing.get()).hasSize(21));
            assertThat(counted.statements()).isEqualTo(1);
            assertThat(counted.entityLoads()).isZero();
        }
        statistics.setStatisticsEnabled(false);
    }

    @Inject
    news.dateline.contributor.ContributorService contributors;

    private long contributorId;

    private news.dateline.contributor.Contributor reporter() {
        if (contributorId == 0) {
            contributorId = contributors.createUnchecked("Counted Reporter " + System.nanoTime(), "", null, null).getId();
        }
        return contributors.find(contributorId).orElseThrow();
    }

    /**
     * Follows "Older news" links until there are none; each page holds at most 20 articles (a section's front,
     * its first page, 25).
     */
    private List<String> walk(String firstPage) {
        List<String> visited = new ArrayList<>();
        String next = firstPage;
        while (next != null) {
            Document page = site.page(next);
            List<String> onPage = page.select("main .lead-story h2 a, main .news-item h2 a, main .news-item h3 a")
                    .eachAttr("href");
            assertThat(onPage).hasSizeLessThanOrEqualTo(next.contains("before=") || next.equals(links.allNews()) ? 20 : 25);
            visited.addAll(onPage);
            Element older = page.selectFirst("main a.older");
            if (older != null) {
                assertThat(older.attr("href")).doesNotContainIgnoringCase("offset").doesNotContain("page=");
            }
            next = older == null ? null : older.attr("href");
        }
        return visited;
    }

    /** Several articles share a publication time, so the order must fall back to the id. */
    private List<Article> publishSeveralSharingPublicationTimes(String section, int count) {
        Instant base = Instant.parse("2024-03-01T09:00:00Z");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = base.minus(Duration.ofMinutes(10L * (i / 3)));
            articles.add(content.publish(anArticle().inSection(section), at));
        }
        return articles;
    }
}
