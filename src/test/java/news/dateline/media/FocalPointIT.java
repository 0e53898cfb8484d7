package news.dateline.media;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A photo's focal point, its crops and WebP copies as readers get them, its alt text and credit on
 * public pages; setting the point with and without JavaScript; refusals that change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FocalPointIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FocalPointIT.class, TestImages.class, MediaTestData.class);
    }

    @Inject
    TestContent content;

    @Inject
    MediaLibrary library;

    @Inject
    ArticleService articles;

    @Inject
    MediaTestData data;

    @Inject
    PhotoRenditions renditions;

    @Inject
    news.dateline.platform.Permalinks links;

    private final SiteClient reader = new SiteClient();
    private Login login;
    private NewsroomClient editor;

    @BeforeEach
    void anEditorSignedIn() {
        login = content.newAccount(Role.EDITOR);
        editor = new NewsroomClient();
        editor.signIn(login.username(), login.password());
    }

    @Test
    void aNewFocalPointRemakesTheCropsAroundItAndReadersGetThemUnderNewAddresses() throws IOException {
        MediaAsset photo = library.store(redBlockAt(1408, 120), "block.png",
                new PhotoDescription("Harbour", "Reuters", "A red block"));
        await(() -> data.cropsFor(photo.getId(), 50, 50) == 6);
        Article article = published(photo);
        Document before = reader.page(articlePath(article));
        assertThat(before.selectFirst("meta[property=og:image]").attr("content"))
                .endsWith("/media/" + photo.getId() + "/social-50-50.png");

        JsonObject answer = focus(photo.getId(), "88", "10");

        assertThat(answer.getInt("focalX")).isEqualTo(88);
        assertThat(answer.getInt("focalY")).isEqualTo(10);
        assertThat(answer.getJsonArray("crops")).hasSize(3);
        await(() -> data.cropsFor(photo.getId(), 88, 10) == 6);
        assertThat(data.cropsFor(photo.getId(), 50, 50)).isZero();
        Document after = reader.page(articlePath(article));
        String social = "/media/" + photo.getId() + "/social-88-10.png";
        assertThat(after.selectFirst("meta[property=og:image]").attr("content")).endsWith(social);
        HttpResponse<byte[]> served = reader.getBytes(social);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(628);
        Crop crop = Crop.around(1600, 1200, Shape.SOCIAL.aspect(), new FocalPoint(88, 10));
        double[] red = redCentre(card);
        assertThat(red[0]).isCloseTo((1408 - crop.left()) * 1200.0 / crop.width(), org.assertj.core.data.Offset.offset(4.0));
        assertThat(red[1]).isCloseTo((120 - crop.top()) * 628.0 / crop.height(), org.assertj.core.data.Offset.offset(4.0));
        HttpResponse<String> old = reader.get("/media/" + photo.getId() + "/social-50-50.png");
        assertThat(old.statusCode()).isEqualTo(307);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith(social);
    }

    @Test
    void cropsMadeForAFocalPointThatHasSinceMovedAreNeverStored() {
        MediaAsset photo = library.store(TestImages.jpeg(800, 600), "a.jpg", new PhotoDescription("A", "B", "C"));
        await(() -> data.cropsFor(photo.getId(), 50, 50) == 6);
        focus(photo.getId(), "10", "20");
        await(() -> data.cropsFor(photo.getId(), 10, 20) == 6);

        // A slow worker that read the photo before the move finishes now.
        renditions.store(photo.getId(), FocalPoint.CENTRE, List.of(new Resizer.Resized(Shape.SQUARE, 600, 600,
                ImageType.JPEG, TestImages.jpeg(600, 600))));

        assertThat(data.cropsFor(photo.getId(), 50, 50)).isZero();
        assertThat(data.cropsFor(photo.getId(), 10, 20)).isEqualTo(6);
    }

    @Test
    void readersGetWebpWhereTheBrowserTakesItAndJpegOtherwise() throws IOException {
        MediaAsset photo = library.store(TestImages.jpeg(1600, 1200), "wide.jpg",
                new PhotoDescription("Harbour at dawn", "© Reuters", "Cranes over the water"));
        await(() -> data.cropsFor(photo.getId(), 50, 50) == 6);
        Article article = published(photo);

        Document page = reader.page(articlePath(article));
        Element source = page.selectFirst("figure.main-photo picture source[type=image/webp]");
        Element image = page.selectFirst("figure.main-photo picture img");
        assertThat(source.attr("srcset")).contains("/media/" + photo.getId() + "/640.webp 640w");
        assertThat(image.attr("srcset")).contains("/media/" + photo.getId() + "/640.jpg 640w");
        HttpResponse<byte[]> webp = reader.getBytes("/media/" + photo.getId() + "/640.webp");
        HttpResponse<byte[]> jpeg = reader.getBytes("/media/" + photo.getId() + "/640.jpg");
        HttpResponse<byte[]> thumbnail = reader.getBytes("/media/" + photo.getId() + "/3x2-50-50.webp");

        assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(new String(webp.body(), 8, 4)).isEqualTo("WEBP");
        assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(320);
        assertThat(reader.get("/media/" + photo.getId() + "/640.png").statusCode()).isEqualTo(404);
        assertThat(reader.get("/media/" + photo.getId() + "/500.webp").statusCode()).isEqualTo(404);
    }

    @Test
    void theAltTextIsTheAltOfThePhotoAndTheCreditIsPrintedOnceInTheCaption() {
        MediaAsset photo = library.store(TestImages.jpeg(1600, 1200), "wide.jpg",
                new PhotoDescription("Harbour at dawn", "© Reuters", "Cranes over the water"));
        Article article = published(photo);

        Document page = reader.page(articlePath(article));
        // All news lists every story with its thumbnail (a section's front shows its newest as the lead).
        Element listing = reader.page("/news").select(".news-item").stream()
                .filter(item -> item.select("h2 a").attr("href").equals(articlePath(article))).findFirst().orElseThrow();

        assertThat(page.selectFirst("figure.main-photo img").attr("alt")).isEqualTo("Cranes over the water");
        assertThat(page.selectFirst("figure.main-photo figcaption").text()).isEqualTo("Harbour at dawn © Reuters");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Cranes over the water");
        Element thumbnail = listing.selectFirst(".news-item picture img");
        assertThat(thumbnail.attr("alt")).isEqualTo("Cranes over the water");
        assertThat(thumbnail.attr("src")).isEqualTo("/media/" + photo.getId() + "/3x2-50-50.jpg");
        assertThat(listing.selectFirst(".news-item picture source[type=image/webp]").attr("srcset"))
                .isEqualTo("/media/" + photo.getId() + "/3x2-50-50.webp 320w");
    }

    @Test
    void aCreditTypedWithTheSignIsStoredWithoutItAndOldCreditsAreMended() {
        MediaAsset photo = library.store(TestImages.jpeg(200, 150), "small.jpg",
                new PhotoDescription("Quay", "Staff", ""));
        editor.get("/newsroom/media/" + photo.getId());

        editor.post("/newsroom/media/" + photo.getId(), Map.of("caption", "Quay", "credit", "© AP", "altText", ""));
        assertThat(data.creditOf(photo.getId())).isEqualTo("AP");

        data.storeCreditAsBefore(photo.getId(), "© © TASS");
        data.runCreditMigration();
        assertThat(data.creditOf(photo.getId())).isEqualTo("TASS");
    }

    @Test
    void aFocalPointOutsideThePhotoIsRefusedNextToItsFieldAndChangesNothing() {
        MediaAsset photo = library.store(TestImages.jpeg(800, 600), "a.jpg", new PhotoDescription("A", "B", "C"));
        editor.get("/newsroom/media/" + photo.getId());

        HttpResponse<String> json = editor.postWithHeaderAccepting("/newsroom/media/" + photo.getId()
                + "/focal-point", Map.of("focalX", "101", "focalY", "5"));
        HttpResponse<String> page = editor.post("/newsroom/media/" + photo.getId() + "/focal-point",
                Map.of("focalX", "40", "focalY", "abc"));

        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(json.body())).readObject().getString("field")).isEqualTo("focalX");
        assertThat(page.statusCode()).isEqualTo(400);
        Document form = org.jsoup.Jsoup.parse(page.body());
        assertThat(form.selectFirst("#focalY-error").text()).contains("0 to 100");
        assertThat(form.selectFirst("#focalY").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#focalY").val()).isEqualTo("abc");
        assertThat(library.find(photo.getId()).orElseThrow().hasFocalPoint()).isFalse();
    }

    @Test
    void aWriterMayNotMoveTheFocalPointOfALibraryPhoto() {
        MediaAsset photo = library.store(TestImages.jpeg(800, 600), "a.jpg", new PhotoDescription("A", "B", "C"));
        Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        writer.get("/newsroom/media/" + photo.getId());

        HttpResponse<String> refused = writer.post("/newsroom/media/" + photo.getId() + "/focal-point",
                Map.of("focalX", "10", "focalY", "10"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(library.find(photo.getId()).orElseThrow().hasFocalPoint()).isFalse();
    }

    @Test
    void withoutJavascriptTheEditorSetsTheFocalPointAndKeepsWhatWasTyped() {
        String section = content.newSection();
        MediaAsset photo = library.store(TestImages.jpeg(800, 600), "a.jpg", new PhotoDescription("A", "B", ""));
        Article article = content.draftBy(login, anArticle().inSection(section).withPhoto(photo.getId(), null));
        Document editorPage = editor.page("/newsroom/articles/" + article.getId());
        assertThat(editorPage.selectFirst("#photo-preview img").attr("alt")).isEqualTo("A");
        assertThat(editorPage.selectFirst("#photo-alt-warning").text()).contains("no alt text");
        assertThat(editorPage.selectFirst("button[value=focal]").attr("formaction"))
                .isEqualTo("/newsroom/articles/" + article.getId() + "/photo-picker");

        HttpResponse<String> set = editor.postMultipart("/newsroom/articles/" + article.getId() + "/photo-picker",
                Map.of("headline", "Typed, not saved", "section", section, "photoId", photo.getId().toString(),
                        "version", Long.toString(article.getVersion()), "go", "focal", "focalX", "20",
                        "focalY", "30"), null, null, null);

        assertThat(set.statusCode()).isEqualTo(303);
        Document back = editor.page(NewsroomClient.location(set));
        assertThat(back.selectFirst("#headline").val()).isEqualTo("Typed, not saved");
        assertThat(back.selectFirst("#focalX").val()).isEqualTo("20");
        assertThat(back.selectFirst(".focal-value").text()).contains("20% across, 30% down");
        assertThat(library.find(photo.getId()).orElseThrow().getFocalPoint()).isEqualTo(new FocalPoint(20, 30));
        assertThat(articles.forEditing(content.editorOf(login), article.getId()).getHeadline())
                .isEqualTo(article.getHeadline());
    }

    private JsonObject focus(long id, String x, String y) {
        editor.get("/newsroom/media/" + id);
        HttpResponse<String> response = editor.postWithHeaderAccepting("/newsroom/media/" + id + "/focal-point",
                Map.of("focalX", x, "focalY", y));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String section;

    private Article published(MediaAsset photo) {
        section = content.newSection();
        Article draft = content.draftBy(login, anArticle().inSection(section).withPhoto(photo.getId(), null));
        return articles.publish(content.editorOf(login), draft.getId(), draft.getVersion());
    }

    private String articlePath(Article article) {
        return links.article(article.getPublishedAt(), article.getSlug());
    }

    /** A grey 1600×1200 PNG with a 100-pixel red square centred on (x, y). */
    static byte[] redBlockAt(int x, int y) {
        BufferedImage picture = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(Color.RED);
        g.fillRect(x - 50, y - 50, 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The centre of the red pixels of an image. */
    static double[] redCentre(BufferedImage image) {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() > 180 && c.getGreen() < 80 && c.getBlue() < 80) {
                    sumX += x;
                    sumY += y;
                    count++;
                }
            }
        }
        assertThat(count).as("red pixels").isGreaterThan(0);
        return new double[] {sumX / count, sumY / count};
    }

    private static void await(BooleanSupplier condition) {
        Await.until("the crops", Duration.ofSeconds(30), condition);
    }
}
