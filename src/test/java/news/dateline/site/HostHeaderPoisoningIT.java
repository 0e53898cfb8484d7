package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.RawHttp;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Absolute URLs come only from the configured public address (https://news.example.test in the tests):
 * no Host, X-Forwarded-* or Forwarded header reaches a rendered page, a cached page or a redirect.
 */
@ExtendWith(ArquillianExtension.class)
class HostHeaderPoisoningIT {

    private static final String PUBLIC = "https://news.example.test";
    private static final Instant JUNE_7 = OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant();
    private static final List<List<String>> FORGERIES = List.of(
            List.of("Host: forged-host-q7x.example"),
            List.of("Host: forged-host-q7x.example:8180"),
            List.of("X-Forwarded-Host: forged-host-q7x.example", "X-Forwarded-Proto: gopher", "X-Forwarded-Port: 666"),
            List.of("Forwarded: for=203.0.113.9;host=forged-host-q7x.example;proto=http"),
            List.of("Host: forged-host-q7x.example", "X-Forwarded-Host: forged2-host-q7x.example", "X-Forwarded-Proto: http"));
    private static final Pattern ABSOLUTE = Pattern.compile("(https?:)?//[A-Za-z0-9.:-]+");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(HostHeaderPoisoningIT.class);
    }

    @Inject
    TestContent content;

    private final RawHttp http = new RawHttp();

    @Test
    void forgedHostHeadersNeverReachARenderedOrCachedUrl() {
        String section = content.newSection();
        String tag = "poison" + System.nanoTime();
        Article article = content.publish(anArticle().inSection(section).taggedWith(tag), JUNE_7);
        String tagSlug = tag.toLowerCase(java.util.Locale.ROOT);
        List<String> pages = List.of("/", "/section/" + section, "/tag/" + tagSlug + "?x=1",
                "/news/2016/06/07/" + article.getSlug(), "/feeds/all.rss", "/feeds/all.atom",
                "/section/" + section + "/feed.atom", "/tag/" + tagSlug + "/feed.rss", "/sitemap.xml",
                "/news-sitemap.xml", "/robots.txt", "/search?q=poison", "/api/ninjs/articles/" + article.getId(),
                "/api/ninjs/articles?since=2016-01-01T00:00:00Z");

        for (String page : pages) {
            for (List<String> forged : FORGERIES) {
                RawHttp.Answer poisoned = http.get(page, forged.toArray(String[]::new));
                assertThat(poisoned.status()).as("%s with %s", page, forged).isIn(200, 301, 302, 303, 404);
                assertOnlyPublicUrls(page + " with " + forged, poisoned.body());
            }
            RawHttp.Answer clean = http.get(page);
            assertThat(clean.status()).as(page).isEqualTo(200);
            assertOnlyPublicUrls(page, clean.body());
        }
        assertThat(http.get("/news/2016/06/07/" + article.getSlug()).body())
                .contains("<link rel=\"canonical\" href=\"" + PUBLIC + "/news/2016/06/07/" + article.getSlug() + "\"");
    }

    @Test
    void aRequestForAnotherHostIsAnsweredWithoutTheCache() {
        String section = content.newSection();
        content.publish(anArticle().inSection(section), JUNE_7);

        RawHttp.Answer first = http.get("/section/" + section, "Host: forged-host-q7x.example");
        RawHttp.Answer second = http.get("/section/" + section, "Host: forged-host-q7x.example");
        RawHttp.Answer own = http.get("/section/" + section);
        RawHttp.Answer ownAgain = http.get("/section/" + section);

        assertThat(first.header("X-Dateline-Cache")).isEqualTo("bypass");
        assertThat(second.header("X-Dateline-Cache")).isEqualTo("bypass");
        assertThat(own.header("X-Dateline-Cache")).isEqualTo("miss");
        assertThat(ownAgain.header("X-Dateline-Cache")).isEqualTo("hit");
    }

    @Test
    void redirectsNeverNameTheHostARequestClaimed() {
        Article article = content.publish(anArticle().inSection(content.newSection()), JUNE_7);

        for (List<String> forged : FORGERIES) {
            RawHttp.Answer moved = http.get("/news/2016/06/09/" + article.getSlug(), forged.toArray(String[]::new));
            RawHttp.Answer signIn = http.get("/newsroom/articles", forged.toArray(String[]::new));

            assertThat(moved.status()).isEqualTo(301);
            assertThat(moved.header("Location")).isEqualTo("/news/2016/06/07/" + article.getSlug());
            assertThat(signIn.status()).isEqualTo(303);
            assertThat(signIn.header("Location")).startsWith("/newsroom/login");
        }
    }

    private static void assertOnlyPublicUrls(String what, String body) {
        assertThat(body).as(what).doesNotContainIgnoringCase("host-q7x");
        Matcher matcher = ABSOLUTE.matcher(body);
        while (matcher.find()) {
            String url = matcher.group();
            if (url.startsWith("//") || url.contains("127.0.0.1") || url.contains("localhost")) {
                throw new AssertionError(what + ": a URL from the request: " + url);
            }
        }
    }
}
