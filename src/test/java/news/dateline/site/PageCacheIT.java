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
        return Deployments.withTests(PageCacheIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final SiteClient site = new SiteClient();

    @Test
    void aCachedPageIsReplacedAsSoonAsAnArticleOnItIsPublishedWithdrawnOrCorrected() {
        String section = content.newSection();
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
    void aChangeMadeOnAnotherServerReachesThisOneWithinASecond() throws Exception {
        content.publish(anArticle().inSection(content.newSection()), Instant.parse("2024-02-02T10:00:00Z"));
        site.get("/");
        assertThat(site.get("/").headers().firstValue("X-Dateline-Cache")).hasValue("hit");

        transaction.begin();
        em.createNativeQuery("update site_generation set generation = generation + 1 where id = 1").executeUpdate();
        transaction.commit();
        long start = System.nanoTime();
        String state = "hit";
        while (state.equals("hit") && System.nanoTime() - start < 2_000_000_000L) {
            Thread.sleep(50);
            state = site.get("/").headers().firstValue("X-Dateline-Cache").orElse("none");
            if (state.equals("miss")) {
                break;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(state).isEqualTo("miss");
        assertThat(millis).as("milliseconds until the other server's change dropped this cache").isLessThan(1000);
    }

    @Test
    void aCachedPageStillAnswersConditionalRequests() {
        String path = "/section/" + content.newSection();
        String etag = site.get(path).headers().firstValue("ETag").orElseThrow();
        site.get(path);

        HttpResponse<String> revalidated = site.get(path, "If-None-Match", etag);

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().firstValue("X-Dateline-Cache")).hasValue("hit");
    }
}
