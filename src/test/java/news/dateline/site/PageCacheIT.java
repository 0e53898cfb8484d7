package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Instant;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.media.PhotoDescription;
import news.dateline.media.TestImages;
import news.dateline.platform.Permalinks;
import news.dateline.section.SectionService;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public pages come from the cache, and any change readers can see drops it: here at once, elsewhere within a second. */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PageCacheIT.class, TestImages.class);
    }

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
    Permalinks links;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final SiteClient site = new SiteClient();

    @Test
    void aCachedPageIsReplacedAsSoonAsAnArticleOnItIsPublishedWithdrawnOrCorrected() {
        String section = content.newPublicSection();
        String path = "/section/" + section;
        site.get(path);
        HttpResponse<String> cached = site.get(path);
        Article draft = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(section)
                .withHeadline("Breaking: bridge reopens " + System.nanoTime()));
        var editor = content.editorOf(content.newAccount(Role.EDITOR));

        Article published = articles.publish(editor, draft.getId(), draft.getVersion());
        HttpResponse<String> afterPublication = site.get(path);
        articles.withdraw(editor, published.getId(), published.getVersion(), "Premature");
        HttpResponse<String> afterWithdrawal = site.get(path);

        assertThat(cached.headers().firstValue("X-Dateline-Cache")).hasValue("hit");
        assertThat(afterPublication.headers().firstValue("X-Dateline-Cache")).hasValue("miss");
        assertThat(afterPublication.body()).contains(draft.getHeadline());
        assertThat(afterWithdrawal.body()).doesNotContain(draft.getHeadline());
    }

    @Test
    void aChangeMadeOnAnotherServerDropsExactlyItsPagesHereWithinASecond() throws Exception {
        String changed = content.newPublicSection();
        String untouched = content.newPublicSection();
        for (String section : new String[] {changed, untouched}) {
            site.get("/section/" + section);
            assertThat(cache("/section/" + section)).isEqualTo("hit");
        }

        transaction.begin();
        em.createNativeQuery("insert into site_change (tags) values ('section:" + changed + " search')").executeUpdate();
        transaction.commit();
        long start = System.nanoTime();
        String state = "hit";
        while (state.equals("hit") && System.nanoTime() - start < 2_000_000_000L) {
            Thread.sleep(50);
            state = cache("/section/" + changed);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(state).isEqualTo("miss");
        assertThat(millis).as("milliseconds until the other server's change dropped the page here").isLessThan(1000);
        assertThat(cache("/section/" + untouched)).as("a page the change does not show stays cached").isEqualTo("hit");
    }

    @Test
    void publishingDropsThePagesThatShowTheArticleAndKeepsTheOthers() {
        String section = content.newPublicSection();
        String other = content.newPublicSection();
        site.get("/section/" + section);
        site.get("/section/" + other);
        Article draft = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(section));

        articles.publish(content.editorOf(content.newAccount(Role.EDITOR)), draft.getId(), draft.getVersion());

        assertThat(cache("/section/" + other)).isEqualTo("hit");
        assertThat(cache("/section/" + section)).isEqualTo("miss");
    }

    @Test
    void renamingASectionDropsEveryPageWithTheNavigationAndKeepsNone() {
        String section = content.newPublicSection();
        site.get("/");
        assertThat(cache("/")).isEqualTo("hit");
        String newName = "Renamed " + System.nanoTime();

        sections.rename(content.editorOf(content.newAccount(Role.EDITOR)), section, newName);
        HttpResponse<String> home = site.get("/");

        assertThat(home.headers().firstValue("X-Dateline-Cache")).hasValue("miss");
        assertThat(home.body()).contains(newName);
    }

    @Test
    void editingAContributorDropsTheirAuthorPageAndKeepsTheOthers() {
        String other = "/section/" + content.newPublicSection();
        Contributor anna = contributors.createUnchecked("Anna Cache " + System.nanoTime(), "Covers rail.", null, null);
        content.publish(anArticle().inSection(content.newSection()).bylinedToContributor(anna),
                Instant.parse("2016-06-07T11:32:00Z"));
        String author = "/author/" + anna.getSlug();
        site.get(author);
        site.get(other);
        assertThat(cache(author)).isEqualTo("hit");

        contributors.update(content.editorOf(content.newAccount(Role.EDITOR)), anna.getId(), anna.getName(),
                "Covers rail and ports.", null, null);
        HttpResponse<String> page = site.get(author);

        assertThat(page.headers().firstValue("X-Dateline-Cache")).hasValue("miss");
        assertThat(page.body()).contains("Covers rail and ports.");
        assertThat(cache(other)).isEqualTo("hit");
    }

    @Test
    void describingAPhotoDropsThePagesThatShowItAndKeepsTheOthers() throws InterruptedException {
        String other = "/section/" + content.newPublicSection();
        MediaAsset photo = media.store(TestImages.jpeg(400, 300), "bridge.jpg", "The old bridge", "Dateline");
        Article article = content.publish(anArticle().inSection(content.newSection()).withPhoto(photo.getId(), null),
                Instant.parse("2016-06-07T11:32:00Z"));
        String path = links.article(article.getPublishedAt(), article.getSlug());
        renditionsStoredFor(photo.getId());
        site.get(path);
        site.get(other);
        assertThat(cache(path)).isEqualTo("hit");

        media.describe(content.editorOf(content.newAccount(Role.EDITOR)), photo.getId(),
                new PhotoDescription("The new bridge at dawn", "Dateline", "A bridge"));
        HttpResponse<String> page = site.get(path);

        assertThat(page.headers().firstValue("X-Dateline-Cache")).hasValue("miss");
        assertThat(page.body()).contains("The new bridge at dawn");
        assertThat(cache(other)).isEqualTo("hit");
    }

    private String cache(String path) {
        return site.get(path).headers().firstValue("X-Dateline-Cache").orElse("none");
    }

    @Test
    void aCachedPageStillAnswersConditionalRequests() {
        String path = "/section/" + content.newPublicSection();
        String etag = site.get(path).headers().firstValue("ETag").orElseThrow();
        site.get(path);

        HttpResponse<String> revalidated = site.get(path, "If-None-Match", etag);

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().firstValue("X-Dateline-Cache")).hasValue("hit");
    }

    /**
     * Waits until the photo's renditions, made in the background after the upload, are stored: their
     * commit drops the pages showing the photo too, which would otherwise race with the test's own drop.
     */
    private void renditionsStoredFor(long photoId) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 150; i++) {
            long now = ((Number) em.createNativeQuery("select count(*) from media_rendition where asset_id = :id")
                    .setParameter("id", photoId).getSingleResult()).longValue();
            if (now > 0 && now == last) {
                Thread.sleep(300);
                return;
            }
            last = now;
            Thread.sleep(200);
        }
        throw new AssertionError("the renditions of photo " + photoId + " were not stored");
    }
}
