package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.media.MediaTestData;
import news.dateline.media.PhotoDescription;
import news.dateline.media.TestImages;
import news.dateline.platform.CacheTag;
import news.dateline.section.SectionService;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The articles kept for rendering article pages without the database: kept, an article page takes no
 * statement and no transaction; whatever the article shows changed (the article, its section, its
 * authors, its photo), here or on another server, and the next page shows the change; a change
 * elsewhere on the site keeps it.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleMemoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ArticleMemoryIT.class, TestImages.class, MediaTestData.class);
    }

    @Inject
    ArticleMemory memory;

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    @Inject
    MediaLibrary media;

    @Inject
    MediaTestData mediaData;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void anArticleAskedForAgainIsKeptAndThenTakesNoStatementAndNoTransaction() {
        String section = content.newPublicSection();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            // The statistics see the whole server, where the scheduler and the mail outbox run their own queries
            // now and then; they can only add to a count, so the fewest of three tries is what the reading took.
            long firstStatements = Long.MAX_VALUE;
            long firstTransactions = Long.MAX_VALUE;
            long secondStatements = Long.MAX_VALUE;
            long keptStatements = Long.MAX_VALUE;
            long keptTransactions = Long.MAX_VALUE;
            Optional<ArticlePages.PreparedArticle> kept = Optional.empty();
            Article article = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                article = content.publish(anArticle().inSection(section).taggedWith("Harbour"),
                        Instant.now().minusSeconds(30));
                statistics.clear();
                assertThat(memory.bySlug(article.getSlug())).isPresent();
                firstStatements = Math.min(firstStatements, statistics.getPrepareStatementCount());
                firstTransactions = Math.min(firstTransactions, statistics.getTransactionCount());
                statistics.clear();
                assertThat(memory.bySlug(article.getSlug())).isPresent();
                secondStatements = Math.min(secondStatements, statistics.getPrepareStatementCount());
                statistics.clear();
                kept = memory.bySlug(article.getSlug());
                keptStatements = Math.min(keptStatements, statistics.getPrepareStatementCount());
                keptTransactions = Math.min(keptTransactions, statistics.getTransactionCount());
            }

            assertThat(firstStatements).as("the first reading reads the article").isPositive();
            assertThat(firstTransactions).as("in one transaction").isEqualTo(1);
            assertThat(secondStatements).as("asked for once, it was not kept; asked for again, it is")
                    .isPositive();
            assertThat(keptStatements).as("statements once kept").isZero();
            assertThat(keptTransactions).as("transactions once kept").isZero();
            assertThat(kept).get().extracting(prepared -> prepared.view().headline()).isEqualTo(article.getHeadline());
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aStoryPublishedInTheSameSectionWithTheSameTagKeepsTheArticle() {
        String section = content.newPublicSection();
        Article article = content.publish(anArticle().inSection(section).taggedWith("Harbour"),
                Instant.now().minusSeconds(30));
        memory.bySlug(article.getSlug()).orElseThrow();
        ArticlePages.PreparedArticle first = memory.bySlug(article.getSlug()).orElseThrow();

        content.publish(anArticle().inSection(section).taggedWith("Harbour"), Instant.now().minusSeconds(10));

        assertThat(memory.bySlug(article.getSlug())).as("the same article, not read again").containsSame(first);
    }

    @Test
    void anEditOfTheArticleIsShownAtOnceAndAWithdrawnArticleIsGone() {
        String section = content.newPublicSection();
        Article article = content.publish(anArticle().inSection(section).withHeadline("Quay reopens"),
                Instant.now().minusSeconds(30));
        keep(article);
        var editor = content.editorOf(content.newAccount(Role.EDITOR));

        Article edited = articles.update(editor, article.getId(), article.getVersion(), anArticle().inSection(section)
                .withHeadline("Quay reopens after repairs").draft());
        String afterEdit = memory.bySlug(edited.getSlug()).orElseThrow().view().headline();
        articles.withdraw(editor, edited.getId(), edited.getVersion(), "Published in error");

        assertThat(afterEdit).isEqualTo("Quay reopens after repairs");
        assertThat(memory.bySlug(edited.getSlug())).as("withdrawn").isEmpty();
    }

    @Test
    void renamingItsSectionOrEditingItsAuthorOrDescribingItsPhotoIsShownAtOnce() {
        String section = content.newPublicSection();
        Contributor author = contributors.createUnchecked("Mara Kept " + System.nanoTime(), "Covers ports.", null,
                null);
        MediaAsset photo = media.store(TestImages.jpeg(400, 300), "quay.jpg", "The old quay", "Dateline");
        Await.until("the photo's renditions", Duration.ofSeconds(20),
                () -> !mediaData.renditionWidths(photo.getId()).isEmpty());
        Article article = content.publish(anArticle().inSection(section).bylinedToContributor(author)
                .withPhoto(photo.getId(), null), Instant.now().minusSeconds(30));
        var editor = content.editorOf(content.newAccount(Role.EDITOR));
        keep(article);

        String sectionName = "Ports " + System.nanoTime();
        sections.rename(editor, section, sectionName);
        ArticlePageView afterSection = memory.bySlug(article.getSlug()).orElseThrow().view();
        ArticlePages.PreparedArticle beforeAuthor = memory.bySlug(article.getSlug()).orElseThrow();
        contributors.update(editor, author.getId(), author.getName(), "Covers ports and ferries.", null, null);
        ArticlePages.PreparedArticle afterAuthor = memory.bySlug(article.getSlug()).orElseThrow();
        media.describe(editor, photo.getId(), new PhotoDescription("The new quay at dawn", "Dateline", "A quay"));
        ArticlePageView afterPhoto = memory.bySlug(article.getSlug()).orElseThrow().view();

        assertThat(afterSection.sectionName()).isEqualTo(sectionName);
        assertThat(afterAuthor).as("read again: the byline links to the author's page as it now is")
                .isNotSameAs(beforeAuthor);
        assertThat(afterAuthor.view().bylines()).extracting(ArticlePageView.BylineLink::name)
                .containsExactly(author.getName());
        assertThat(afterPhoto.photo().caption()).isEqualTo("The new quay at dawn");
    }

    @Test
    void aChangeOfTheArticleOnAnotherServerIsShownHereWithinASecond() throws Exception {
        Article article = content.publish(anArticle().inSection(content.newPublicSection())
                .withHeadline("Ferry timetable"), Instant.now().minusSeconds(30));
        keep(article);

        // Another server's edit: the row in the database, and its change recorded for every server.
        transaction.begin();
        em.createNativeQuery("update article set headline = 'Ferry timetable changed' where id = :id")
                .setParameter("id", article.getId()).executeUpdate();
        em.createNativeQuery("insert into site_change (tags) values (:tags)")
                .setParameter("tags", CacheTag.article(article.getId())).executeUpdate();
        transaction.commit();
        long start = System.nanoTime();
        Await.until("the other server's change", Duration.ofSeconds(2),
                () -> memory.bySlug(article.getSlug()).orElseThrow().view().headline().equals("Ferry timetable changed"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    /** Asks for the article until it is kept (the second time), failing if it is not. */
    private void keep(Article article) {
        memory.bySlug(article.getSlug()).orElseThrow();
        ArticlePages.PreparedArticle kept = memory.bySlug(article.getSlug()).orElseThrow();
        assertThat(memory.bySlug(article.getSlug())).as("kept").containsSame(kept);
    }
}
