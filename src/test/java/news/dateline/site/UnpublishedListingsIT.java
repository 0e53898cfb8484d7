package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tags, authors and sections that only drafts have are not public: 404, and no link to them anywhere. */
@ExtendWith(ArquillianExtension.class)
class UnpublishedListingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(UnpublishedListingsIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    ContributorService contributors;

    private final SiteClient site = new SiteClient();

    @Test
    void aDraftsTagSectionAndAuthorAnswer404UntilItIsPublished() {
        String section = content.newSection();
        String tag = "Embargoed merger " + System.nanoTime();
        String tagSlug = news.dateline.platform.Slug.fromTitle(tag).value();
        Contributor author = contributors.create(content.editorOf(content.newAccount(Role.EDITOR)),
                "Secret Source " + System.nanoTime(), "", null, null);
        Article draft = content.draftBy(content.newAccount(Role.WRITER), anArticle().inSection(section)
                .taggedWith(tag).bylinedToContributor(author));
        List<String> paths = List.of("/section/" + section, "/section/" + section + "/feed.rss", "/tag/" + tagSlug,
                "/tag/" + tagSlug + "/feed.atom", "/author/" + author.getSlug(), "/author/" + author.getSlug() + "/feed.rss",
                "/section/" + section + "?before=1000000-1", "/tag/" + tagSlug + "?before=1000000-1",
                "/author/" + author.getSlug() + "?before=1000000-1");

        for (String path : paths) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
            assertThat(site.get(path).body()).as(path).doesNotContain(tag);
        }
        assertThat(site.get("/").body()).doesNotContain("/section/" + section);

        articles.publish(content.editorOf(content.newAccount(Role.EDITOR)), draft.getId(), draft.getVersion());

        for (String path : paths) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(site.get("/tag/" + tagSlug + "?before=1000000-1").body()).as("an older, empty page").contains(tag);
        assertThat(site.get("/").body()).contains("/section/" + section);
    }

    @Test
    void anOlderPageOfAPublicListingThatRanOutIsStillAPage() {
        String section = content.newPublicSection();

        assertThat(site.get("/section/" + section + "?before=1000000-1").statusCode()).isEqualTo(200);
    }
}
