package news.dateline.media;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.platform.ApplicationStarted;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads over HTTP through the real newsroom forms: image bombs and fakes are refused before they
 * cost memory or time, renditions follow in the background, and a photo stays private until an
 * article showing it is published.
 */
@ExtendWith(ArquillianExtension.class)
class MediaHardeningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MediaHardeningIT.class, TestImages.class, MediaTestData.class)
                .addAsResource("media/harbour-lossy.webp")
                .addAsResource("media/harbour-lossless.webp");
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    MediaTestData data;

    @Inject
    Event<ApplicationStarted> started;

    private final SiteClient reader = new SiteClient();
    private Login login;
    private NewsroomClient editor;
    private String section;

    @BeforeEach
    void anEditorSignedIn() {
        login = content.newAccount(Role.EDITOR);
        editor = signedIn(login);
        section = content.newSection();
    }

    @Test
    void everyBombAndFakeIsRefusedNextToTheFileFieldAndNothingIsStored() {
        record Refused(String name, Supplier<byte[]> file, String message) {
        }
        List.of(new Refused("PNG bomb", TestImages::pngBomb, "40000 × 40000 pixels"),
                new Refused("JPEG bomb", TestImages::jpegBomb, "40000 × 40000 pixels"),
                new Refused("WebP bomb", TestImages::webpExtendedBomb, "16384 × 16384 pixels"),
                new Refused("WebP lossless bomb", TestImages::webpLosslessBomb, "16384 × 16384 pixels"),
                new Refused("fake WebP", TestImages::fakeWebp, "cannot be decoded")).forEach(refused -> {
                    String caption = "bomb " + UUID.randomUUID();
                    editor.get("/newsroom/media");

                    HttpResponse<String> response = editor.postMultipart("/newsroom/media",
                            Map.of("caption", caption), "file", "holiday.jpg", refused.file().get());

                    assertThat(response.statusCode()).as(refused.name()).isEqualTo(400);
                    assertThat(Jsoup.parse(response.body()).selectFirst("#file-error").text()).as(refused.name())
                            .contains(refused.message());
                    assertThat(data.photosCaptioned(caption)).as(refused.name()).isZero();
                });
    }

    @Test
    void aBombUploadedWithAnArticleIsRefusedNextToThePhotoFieldAndTheFormIsKept() {
        String caption = "article bomb " + UUID.randomUUID();
        editor.get("/newsroom/articles/new");

        HttpResponse<String> response = editor.postMultipart("/newsroom/articles", Map.of("headline", "Kept",
                "section", section, "action", "save", "photoUploadCaption", caption), "photoFile", "p.png",
                TestImages.pngBomb());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("#photoFile-error").text())
                .contains("40000 × 40000 pixels", "at most 50 megapixels");
        assertThat(data.photosCaptioned(caption)).isZero();
    }

    @Test
    void threeBombsAtOnceAreRefusedQuicklyAndTheServerKeepsAnswering() {
        List<NewsroomClient> clients = List.of(signedIn(login), signedIn(login), signedIn(login));
        clients.forEach(c -> c.get("/newsroom/media"));
        byte[] bomb = TestImages.pngBomb();
        long start = System.nanoTime();

        List<Integer> statuses = clients.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> c.postMultipart("/newsroom/media",
                        Map.of("caption", "x"), "file", "bomb.png", bomb).statusCode()))
                .toList().stream().map(CompletableFuture::join).toList();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(statuses).containsExactly(400, 400, 400);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(reader.get("/").statusCode()).isEqualTo(200);
        assertThat(editor.get("/newsroom/media").statusCode()).isEqualTo(200);
    }

    @Test
    void aDraftsPhotoIsOnlyForTheNewsroomUntilTheArticleIsPublished() {
        long photo = upload(TestImages.jpeg(800, 600), "draft.jpg");
        Article draft = content.draft(anArticle().inSection(section).withPhoto(photo, null));
        String url = "/media/" + photo + ".jpg";

        HttpResponse<String> anonymous = reader.get(url);
        HttpResponse<String> anonymousRendition = reader.get("/media/" + photo + "/320.jpg");
        HttpResponse<String> newsroom = editor.get(url);

        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(anonymous.body()).title()).isNotBlank();
        assertThat(anonymousRendition.statusCode()).isEqualTo(404);
        assertThat(newsroom.statusCode()).isEqualTo(200);
        assertThat(newsroom.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        articles.publish(content.editorOf(login), draft.getId(), draft.getVersion());
        HttpResponse<byte[]> published = reader.getBytes(url);

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(published.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void renditionsOfALargeJpegAppearInTheBackgroundAndDropThePagesShowingIt() throws IOException {
        long photo = upload(TestImages.jpeg(2000, 1500), "large.jpg");

        await(() -> data.renditionWidths(photo).equals(List.of(320, 640, 1024)));
        HttpResponse<byte[]> thumbnail = fetch(editor, "/media/" + photo + "/320.jpg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));

        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
        assertThat(data.siteChangedFor(photo)).isTrue();
    }

    @Test
    void renditionsMissingAtStartAreMadeThen() {
        long photo = upload(TestImages.png(900, 600), "left-behind.png");
        await(() -> data.renditionWidths(photo).size() == 2);
        data.dropRenditions(photo);
        assertThat(editor.get("/media/" + photo + "/320.png").statusCode()).isEqualTo(307);

        started.fire(new ApplicationStarted());

        await(() -> data.renditionWidths(photo).equals(List.of(320, 640)));
    }

    @Test
    void aRealWebpIsAcceptedAndServedAsWebp() {
        long lossy = upload(TestImages.webpLossy(), "harbour.webp");
        long lossless = upload(TestImages.webpLossless(), "harbour-lossless.webp");

        HttpResponse<byte[]> served = fetch(editor, "/media/" + lossy + ".webp");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(served.body()).isEqualTo(TestImages.webpLossy());
        assertThat(fetch(editor, "/media/" + lossless + ".webp").statusCode()).isEqualTo(200);
    }

    private long upload(byte[] file, String name) {
        editor.get("/newsroom/media");
        HttpResponse<String> response = editor.postMultipart("/newsroom/media", Map.of("caption", name), "file",
                name, file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = NewsroomClient.location(response);
        return Long.parseLong(location.substring("/newsroom/media/".length()));
    }

    /** Reads a photo's bytes as the signed-in newsroom client's browser would. */
    private static HttpResponse<byte[]> fetch(NewsroomClient client, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(System.getProperty("dateline.test.base-url",
                "http://127.0.0.1:8180") + path)).header("Cookie", "DATELINE_SESSION=" + client.sessionCookie())
                .GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        return client;
    }

    private static void await(BooleanSupplier condition) {
        Await.until("the renditions", Duration.ofSeconds(10), condition);
    }
}
