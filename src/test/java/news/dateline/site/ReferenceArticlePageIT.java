package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import news.dateline.article.Article;
import news.dateline.demo.WireStory;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.testing.ArticlePageText;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference wire story, entered field by field, must publish a page that reads like the wire's own. */
@ExtendWith(ArquillianExtension.class)
class ReferenceArticlePageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ReferenceArticlePageIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    MediaLibrary media;

    private final SiteClient site = new SiteClient();

    @Test
    void theArticlePageReadsLikeTheWirePageLineByLineInTheSameOrder() {
        WireStory story = WireStory.parse(Fixtures.seedArticle());
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "sample-photo.jpg",
                new news.dateline.media.PhotoDescription(story.caption(), story.credit(), story.altText()));
        Article article = content.publish(anArticle()
                        .withHeadline(story.headline())
                        .withLead(story.lead())
                        .withBody(story.bodyHtml())
                        .withDateline(story.datelinePlace(), story.agencyMark())
                        .inSection(content.newSection())
                        .taggedWith("Syria", "Russia", "USA", "Sergey Lavrov", "John Kerry")
                        .withPhoto(photo.getId(), null),
                OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant());

        assertThat(article.getSlug()).as("made from the headline; numbered if another test took it first")
                .matches("lavrov-kerry-coordinate-approaches-on-anti-terrorism-fight-in-syria(-\\d+)?");
        Document page = site.page("/news/2016/06/07/" + article.getSlug());

        assertThat(ArticlePageText.visibleLines(page)).containsExactlyElementsOf(Fixtures.seedArticleLines());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        Element body = page.selectFirst(".article-body");
        assertThat(body.selectFirst("> p").child(0).is("span.dateline")).isTrue();
        assertThat(body.select("> blockquote")).hasSize(1);
        assertThat(body.select("> h2").eachText()).containsExactly("Syrian ceasefire");
    }

    @Test
    void thePhotoIsServedAtAStableUrlWithItsRealType() {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "any-name.png", "A caption", "A CREDIT");
        Article article = content.publish(anArticle().inSection(content.newSection()).withPhoto(photo.getId(), null),
                OffsetDateTime.parse("2016-06-08T10:00:00+03:00").toInstant());
        Document page = site.page("/news/2016/06/08/" + article.getSlug());
        String src = page.selectFirst("figure img").attr("src");

        HttpResponse<byte[]> first = site.getBytes(src);
        HttpResponse<byte[]> second = site.getBytes(src);

        assertThat(src).isEqualTo("/media/" + photo.getId() + ".jpg");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(first.body()).isEqualTo(Fixtures.samplePhoto());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(page.selectFirst("figure img").attr("width")).isEqualTo("1200");
        assertThat(page.selectFirst("figure img").attr("height")).isEqualTo("800");
    }

    @Test
    void smallerRenditionsAreOfferedWithSrcsetAndServedResized() throws Exception {
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "Caption", "CREDIT");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (media.renditionWidths(photo.getId()).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Article article = content.publish(anArticle().inSection(content.newSection()).withPhoto(photo.getId(), null),
                OffsetDateTime.parse("2016-06-09T10:00:00+03:00").toInstant());
        Document page = site.page("/news/2016/06/09/" + article.getSlug());
        String srcset = page.selectFirst("figure img").attr("srcset");

        HttpResponse<byte[]> thumbnail = site.getBytes("/media/" + photo.getId() + "/320.jpg");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()));

        assertThat(srcset).contains("/media/" + photo.getId() + "/320.jpg 320w", "/media/" + photo.getId()
                + "/640.jpg 640w", "/media/" + photo.getId() + "/1024.jpg 1024w", "/media/" + photo.getId()
                + ".jpg 1200w");
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(thumbnail.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("immutable"));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(213);
    }
}
