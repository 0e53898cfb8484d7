package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.platform.Permalinks;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The related stories under an article come from the newest articles the server keeps: a change is
 * seen by the very next page, and a related story older than everything kept is still found.
 */
@ExtendWith(ArquillianExtension.class)
class RelatedStoriesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(RelatedStoriesIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    Permalinks links;

    private final SiteClient site = new SiteClient();

    private List<String> relatedOn(Article article) {
        return site.page(links.article(article.getPublishedAt(), article.getSlug())).select(".related li a").eachText();
    }

    @Test
    void aStoryPublishedOrWithdrawnIsSeenByTheNextPage() {
        String section = content.newSection();
        Article story = content.publish(anArticle().inSection(section).withHeadline("Harbour reopens " + System.nanoTime()),
                Instant.now().minus(Duration.ofHours(1)));
        assertThat(relatedOn(story)).isEmpty();

        Article follow = content.publish(anArticle().inSection(section).withHeadline("Ferries resume " + System.nanoTime()),
                Instant.now().minusSeconds(5));
        assertThat(relatedOn(story)).containsExactly(follow.getHeadline());

        articles.withdraw(content.editorOf(content.newAccount(Role.EDITOR)), follow.getId(), follow.getVersion(),
                "Published in error");
        assertThat(relatedOn(story)).isEmpty();
    }

    @Test
    void aRelatedStoryOlderThanEveryArticleKeptIsStillFound() {
        String section = content.newSection();
        String tag = "Lighthouse " + System.nanoTime();
        Article old = content.publish(anArticle().inSection(content.newSection()).taggedWith(tag)
                .withHeadline("Keeper retires " + System.nanoTime()), Instant.now().minus(Duration.ofDays(3000)));
        Article story = content.publish(anArticle().inSection(section).taggedWith(tag)
                .withHeadline("Lamp restored " + System.nanoTime()), Instant.now().minus(Duration.ofDays(2999)));
        String elsewhere = content.newSection();
        for (int i = 0; i <= RecentArticles.KEPT; i++) {
            content.publish(anArticle().inSection(elsewhere).withHeadline("Unrelated " + i + " " + System.nanoTime()),
                    Instant.now().minus(Duration.ofMinutes(i + 1)));
        }

        assertThat(relatedOn(story)).containsExactly(old.getHeadline());
    }
}
