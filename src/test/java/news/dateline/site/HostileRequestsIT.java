package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.RawHttp;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed and out-of-range input is a 400 (or 404) on the site's error page, never a 500 or a stack trace. */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(HostileRequestsIT.class);
    }

    @Inject
    TestContent content;

    private final SiteClient site = new SiteClient();

    @ParameterizedTest
    @ValueSource(strings = {"/news/2016/06/07/a%00b", "/section/%00", "/tag/x%00/feed.rss", "/author/%00",
        "/search?q=a%00b", "/?before=%00", "/?x%00=1", "/api/ninjs/articles?since=%00", "/assets/site.css%00",
        "/media/1.jpg%00", "/newsroom/login?next=%00", "/?before=99999999999999999-1",
        "/?before=-9999999999999999-1", "/?before=-99999999999999999999-1", "/section/x?before=9223372036854775807-1",
        "/news?before=99999999999999999-1", "/news?before=-9999999999999999-1", "/news?before=%00",
        "/api/ninjs/articles?since=%2B999999999-01-01T00:00:00Z", "/api/ninjs/articles?since=-999999-01-01T00:00:00Z",
        "/api/ninjs/articles?after=99999999999999999-1", "/search?q=water&from=%2B99999-01-01",
        "/search?q=water&to=-99999-12-31", "/news/%C0%AF", "/section/%ED%A0%80", "/search?q=%ED%A0%80",
        "/news/9999/99/99/x", "/news/0/0/0/x", "/sitemaps/articles-99999999999999999999.xml"})
    void hostileInputIsRefusedWithTheSitesErrorPage(String path) {
        HttpResponse<String> response = site.get(path);

        // An old All news address ("/?before=") moves to All news's own (301), with the position as it was.
        assertThat(response.statusCode()).as(path).isIn(200, 301, 400, 404);
        assertThat(response.body()).as(path).doesNotContain("Exception", "at news.dateline", "at org.");
        if (response.statusCode() == 301) {
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).startsWith("/news?before=");
        } else if (response.statusCode() != 200) {
            assertThat(Jsoup.parse(response.body()).select("h1")).as(path).hasSize(1);
        }
    }

    @Test
    void searchesOfOperatorsOnlyGetANormalPage() {
        for (String q : new String[] {"-".repeat(33), "-".repeat(200), "- ".repeat(100), "-%22".repeat(90),
                "(-)".repeat(60), "!-".repeat(90)}) {
            HttpResponse<String> response = site.get("/search?q=" + q.replace(" ", "+"));
            assertThat(response.statusCode()).as(q).isEqualTo(200);
        }
    }

    @Test
    void aRawNulOrControlCharacterInTheRequestLineIsABadRequest() {
        RawHttp http = new RawHttp();
        for (String target : new String[] {"/news/\u0000", "/search?q=\u0000", "/\u0001", "/search?q=\u007f"}) {
            RawHttp.Answer answer = http.get(target);
            assertThat(answer.status()).as(target.replace("\u0000", "NUL")).isIn(0, 400);
        }
        assertThat(site.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void aNulInAFormFieldChangesNothing() {
        NewsroomClient admin = new NewsroomClient();
        TestContent.Login login = content.newAccount(Role.ADMIN);
        admin.signIn(login.username(), login.password());
        String name = "Nul desk " + System.nanoTime();
        admin.get("/newsroom/sections");

        HttpResponse<String> refused = admin.post("/newsroom/sections", Map.of("name", name + "\u0000", "position", "5"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(admin.get("/newsroom/sections").body()).doesNotContain(name);
    }

    @Test
    void aPhotoBetweenTenAndTwentyMegabytesIsAccepted() throws IOException {
        NewsroomClient editor = new NewsroomClient();
        TestContent.Login login = content.newAccount(Role.EDITOR);
        editor.signIn(login.username(), login.password());
        editor.get("/newsroom/media");
        byte[] png = noisePng(2400, 1800);
        assertThat(png.length).isBetween(10 * 1024 * 1024, 20 * 1024 * 1024);

        HttpResponse<String> upload = editor.postMultipart("/newsroom/media",
                Map.of("caption", "Noise", "credit", "Test", "altText", "Grey noise"), "file", "noise.png", png);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAMessage() {
        NewsroomClient editor = new NewsroomClient();
        TestContent.Login login = content.newAccount(Role.EDITOR);
        editor.signIn(login.username(), login.password());
        editor.get("/newsroom/media");

        HttpResponse<String> upload = editor.postMultipart("/newsroom/media", Map.of("caption", "Too big"), "file",
                "big.jpg", new byte[25 * 1024 * 1024]);

        // Answered every time (the refused body is read to its end first), with the reason in words.
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("larger than 20 MB").doesNotContain("Exception");
        assertThat(site.get("/health/live").statusCode()).isEqualTo(200);
    }

    /** Random pixels do not compress: about three bytes a pixel. */
    private static byte[] noisePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
