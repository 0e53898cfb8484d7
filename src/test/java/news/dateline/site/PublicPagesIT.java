package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What readers may and may not reach, and how public pages answer caches. */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    private static final Instant JUNE_7 = OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PublicPagesIT.class);
    }

    @Inject
    TestContent content;

    private final SiteClient site = new SiteClient();

    @Test
    void aDraftIsAStyledNotFoundPageForReaders() {
        Article draft = content.draft(anArticle().inSection(content.newSection()));

        HttpResponse<String> response = site.get("/news/2016/06/07/" + draft.getSlug());

        assertThat(response.statusCode()).isEqualTo(404);
        assertStyledErrorPage(response, "Page not found");
        assertThat(response.body()).doesNotContain(draft.getHeadline());
    }

    @RunAsClient
    @ParameterizedTest
    @ValueSource(strings = {"/news/2016/06/07/no-such-story", "/section/no-such-section", "/no/such/page",
        "/media/999999999.jpg", "/assets/missing.css"})
    void anUnknownAddressIsAStyledNotFoundPage(String path) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertStyledErrorPage(response, "Page not found");
    }

    @RunAsClient
    @ParameterizedTest
    @ValueSource(strings = {"/?before=yesterday", "/?before=1-2-3", "/?before=99999999999999999999-1",
        "/?before=-", "/?before=%00", "/section/x?before=abc"})
    void aBadPagePositionIsABadRequestNeverAServerError(String path) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(Jsoup.parse(response.body()).select("h1")).hasSize(1);
    }

    @Test
    void anArticleUnderAnotherDateRedirectsPermanentlyToItsPermalink() {
        Article article = content.publish(anArticle().inSection(content.newSection()), JUNE_7);

        HttpResponse<String> response = site.get("/news/2016/06/09/" + article.getSlug());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/news/2016/06/07/" + article.getSlug()));
    }

    @Test
    void publicPagesAreCacheableConditionalAndNeedNoSession() {
        Article article = content.publish(anArticle().inSection(content.newSection()), JUNE_7);
        String path = "/news/2016/06/07/" + article.getSlug();

        HttpResponse<String> first = site.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revalidated = site.get(path, "If-None-Match", etag);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("public", "max-age=", "stale-while-revalidate="));
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(site.get("/").headers().allValues("Set-Cookie")).isEmpty();
    }

    @RunAsClient
    @ParameterizedTest
    @ValueSource(strings = {"/", "/news", "/api/ninjs/fronts/home", "/search?q=anything", "/feeds/all.rss",
        "/feeds/all.atom", "/sitemap.xml",
        "/news-sitemap.xml", "/sitemaps/sections.xml", "/robots.txt", "/api/ninjs/articles?since=2030-01-01T00:00:00Z"})
    void everyPublicResponseCarriesValidatorsAndAnswersConditionalRequests(String path) {
        HttpResponse<String> first = site.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("public"));
        assertThat(site.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(lastModified).endsWith("GMT");
    }

    @Test
    void aHostileBodyIsSanitizedBeforeItReachesThePage() {
        Article article = content.publish(anArticle().inSection(content.newSection()).withBody(
                "<p onclick=\"steal()\">Fine text <a href=\"javascript:alert(1)\">link</a></p>"
                        + "<script>alert('x')</script><img src=x onerror=alert(1)>"
                        + "<p><a href=\"https://example.org/report\">the report</a></p>"), JUNE_7);

        Document page = site.page("/news/2016/06/07/" + article.getSlug());

        String body = page.selectFirst(".article-body").html();
        assertThat(body).doesNotContain("<script", "onclick", "onerror", "javascript:", "<img");
        assertThat(page.select(".article-body a[href=https://example.org/report]")).hasSize(1);
        assertThat(page.selectFirst(".article-body").text()).contains("Fine text link");
    }

    @Test
    void theStylesheetIsServedByTheApplicationAndCachedForGoodUnderItsFingerprint() {
        Document home = site.page("/");
        String href = home.selectFirst("link[rel=stylesheet]").attr("href");

        HttpResponse<String> css = site.get(href);

        assertThat(href).matches("/assets/site\\.css\\?v=[0-9a-f]{12}");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    private static void assertStyledErrorPage(HttpResponse<String> response, String heading) {
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").eachText()).containsExactly(heading);
        assertThat(page.select("header.masthead")).hasSize(1);
        assertThat(page.select("link[rel=stylesheet]")).hasSize(1);
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline");
    }
}
