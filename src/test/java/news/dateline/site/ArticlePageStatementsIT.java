package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.http.HttpResponse;
import java.time.Instant;
import news.dateline.article.Article;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.media.TestImages;
import news.dateline.platform.Permalinks;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an uncached article page costs, counted (not timed): statements and transactions for a story
 * with bylines, tags, a main photo and related stories, and the memory one render allocates. Counted
 * with Hibernate's statistics, which see the whole server: the fewest of a few pages is taken, as
 * background work (the scheduler, the mail outbox) can only add to a count. Allocation is counted for
 * the rendering thread alone, which nothing else touches.
 */
@ExtendWith(ArquillianExtension.class)
class ArticlePageStatementsIT {

    /**
     * The article with everything its page shows; the related stories come from the newest articles
     * kept (the stories here are the newest, and each has five related stories among them; when the
     * newest kept hold fewer, one more statement finds the rest, see {@code RelatedStoriesIT}).
     */
    static final long MAX_STATEMENTS = 1;
    static final long MAX_TRANSACTIONS = 1;
    /**
     * Bytes one render of such a page may allocate for each character of the page (view, related stories,
     * template, structured data, photo sources), about twice what it takes today (22): a guard against a change
     * that makes every uncached page several times dearer, such as a template re-parsed or a listing loaded per
     * item. Counted per character because the page's length depends on what other tests left in the database
     * (its section menu lists every section with a story).
     */
    static final long MAX_BYTES_PER_CHARACTER = 45;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ArticlePageStatementsIT.class, TestImages.class);
    }

    @Inject
    TestContent content;

    @Inject
    ContributorService contributors;

    @Inject
    MediaLibrary media;

    @Inject
    Permalinks links;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    news.dateline.article.PublishedArticles publishedArticles;

    @Inject
    ArticlePages articlePages;

    private final SiteClient site = new SiteClient();

    @Test
    void anUncachedArticlePageTakesAFewStatementsInOneTransaction() {
        String section = content.newPublicSection();
        Contributor reporter = contributors.createUnchecked("Counted Reporter " + System.nanoTime(), "Bio", null, null);
        MediaAsset photo = media.store(TestImages.jpeg(400, 300), "counted.jpg", "Caption", "Dateline");
        // Seven stories in one section: each page's five related stories are among the newest kept.
        String[] paths = new String[7];
        for (int i = 0; i < paths.length; i++) {
            Article article = content.publish(anArticle().inSection(section).taggedWith("Counted", "Harbour")
                    .bylinedToContributor(reporter).bylinedTo("Second Author").withPhoto(photo.getId(), null),
                    Instant.now().minusSeconds(60 - i));
            paths[i] = links.article(article.getPublishedAt(), article.getSlug());
        }
        site.get("/");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long fewestStatements = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        for (String path : paths) {
            statistics.clear();
            HttpResponse<String> page = site.get(path);
            long statements = statistics.getPrepareStatementCount();
            long transactions = statistics.getTransactionCount();
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Dateline-Cache")).as(path).hasValue("miss");
            assertThat(page.body()).contains("Counted Reporter", "Second Author");
            fewestStatements = Math.min(fewestStatements, statements);
            fewestTransactions = Math.min(fewestTransactions, transactions);
        }
        statistics.setStatisticsEnabled(false);
        System.out.println("An uncached article page: " + fewestStatements + " statements, " + fewestTransactions
                + " transactions");

        assertThat(fewestStatements).as("statements per uncached article page").isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(fewestTransactions).as("transactions per uncached article page").isLessThanOrEqualTo(MAX_TRANSACTIONS);
    }

    @Test
    void renderingAnArticlePageAllocatesABoundedAmountOfMemory() {
        String section = content.newPublicSection();
        Contributor reporter = contributors.createUnchecked("Weighed Reporter " + System.nanoTime(), "Bio", null, null);
        MediaAsset photo = media.store(TestImages.jpeg(400, 300), "weighed.jpg", "Caption", "Dateline");
        Article last = null;
        for (int i = 0; i < 7; i++) {
            last = content.publish(anArticle().inSection(section).taggedWith("Weighed", "Harbour")
                    .bylinedToContributor(reporter).bylinedTo("Second Author").withPhoto(photo.getId(), null)
                    .withBody("<p>" + "A paragraph of the story, long enough to be a real one. ".repeat(12) + "</p>"
                            + "<h2>A sub-heading</h2><blockquote><p>A quote.</p></blockquote>"
                            + ("<p>" + "More of the story, sentence after sentence. ".repeat(10) + "</p>").repeat(8)),
                    Instant.now().minusSeconds(60 - i));
        }
        news.dateline.article.PublishedArticle article = publishedArticles.bySlug(last.getSlug()).orElseThrow();
        String page = "";
        for (int i = 0; i < 300; i++) {
            page = articlePages.render(article, false, links.base());
        }
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = allocatedByThisThread();
            for (int i = 0; i < 20; i++) {
                page = articlePages.render(article, false, links.base());
            }
            fewest = Math.min(fewest, (allocatedByThisThread() - before) / 20);
        }
        System.out.println("One article page render allocates " + fewest + " bytes (the page is " + page.length()
                + " characters)");

        assertThat(page).contains("Weighed Reporter", "A sub-heading");
        assertThat(fewest).as("bytes allocated per render").isPositive();
        assertThat(fewest / page.length()).as("bytes allocated per character of the page")
                .isLessThanOrEqualTo(MAX_BYTES_PER_CHARACTER);
    }

    /**
     * The bytes this thread has allocated, from the JVM's threading bean (through the MBean server: the
     * deployment does not see the {@code com.sun.management} classes).
     */
    private static long allocatedByThisThread() {
        try {
            return (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("java.lang:type=Threading"), "getThreadAllocatedBytes",
                    new Object[] {Thread.currentThread().getId()}, new String[] {"long"});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
