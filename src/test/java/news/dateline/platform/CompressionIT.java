package news.dateline.platform;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Text answers are gzipped for clients that take it, cached pages included; newsroom pages never (BREACH). */
@ExtendWith(ArquillianExtension.class)
class CompressionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CompressionIT.class);
    }

    @Inject
    TestContent content;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");

    @Test
    void pagesFeedsAssetsAndJsonAreGzippedWhenTheClientTakesIt() {
        String section = content.newSection();
        Article article = content.publish(anArticle().inSection(section), Instant.parse("2016-06-07T11:32:00Z"));
        for (String path : List.of("/", "/section/" + section, "/news/2016/06/07/" + article.getSlug(),
                "/feeds/all.rss", "/sitemap.xml", "/robots.txt", "/search?q=water", "/assets/site.css", "/assets/editor.js",
                "/api/ninjs/articles/" + article.getId(), "/no/such/page")) {
            for (int round = 0; round < 2; round++) {
                HttpResponse<byte[]> plain = get(path, "identity");
                HttpResponse<byte[]> gzipped = get(path, "gzip, deflate, br");

                if (plain.body().length < Compression.MIN_BYTES) {
                    assertThat(gzipped.headers().firstValue("Content-Encoding")).as("small " + path).isEmpty();
                    continue;
                }
                assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(gzipped.headers().allValues("Vary").toString()).as(path).contains("Accept-Encoding");
                assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
                assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
                assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
            }
        }
    }

    @Test
    void aPageFirstAskedForPlainIsGzippedFromTheCacheForTheFirstClientThatTakesGzip() {
        Article article = content.publish(anArticle().inSection(content.newSection()), Instant.parse("2016-06-08T11:32:00Z"));
        String path = "/news/2016/06/08/" + article.getSlug();

        HttpResponse<byte[]> plain = get(path, "identity");
        HttpResponse<byte[]> gzipped = get(path, "gzip");
        HttpResponse<byte[]> again = get(path, "gzip");

        assertThat(plain.headers().firstValue("X-Dateline-Cache")).hasValue("miss");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        for (HttpResponse<byte[]> answer : List.of(gzipped, again)) {
            assertThat(answer.headers().firstValue("X-Dateline-Cache")).hasValue("hit");
            assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(answer.headers().firstValue("ETag")).hasValue(
                    Compression.gzipEtag(plain.headers().firstValue("ETag").orElseThrow()));
            assertThat(gunzip(answer.body())).isEqualTo(plain.body());
        }
    }

    @Test
    void aClientThatRefusesGzipGetsItPlain() {
        HttpResponse<byte[]> refused = get("/", "gzip;q=0, identity");

        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void newsroomPagesAreNeverCompressed() {
        NewsroomClient editor = new NewsroomClient();
        TestContent.Login login = content.newAccount(Role.EDITOR);
        editor.signIn(login.username(), login.password());

        for (String path : List.of("/newsroom", "/newsroom/articles/new", "/newsroom/media", "/newsroom/login",
                "/%6Eewsroom/media?q=guess", "/newsroom/%6Dedia", "/newsroom/./media")) {
            HttpResponse<String> page = editor.getWithHeaders(path, "Accept-Encoding", "gzip");
            assertThat(page.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(page.body()).as(path).contains("<html");
        }
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", acceptEncoding)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
