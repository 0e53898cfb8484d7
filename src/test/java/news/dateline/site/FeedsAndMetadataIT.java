package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.utils.Lists;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import news.dateline.article.Article;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.platform.Permalinks;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Feeds parse with a real parser; sitemaps, robots.txt, canonical links, Open Graph and JSON-LD are there. */
@ExtendWith(ArquillianExtension.class)
class FeedsAndMetadataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withLibrariesOf(Deployments.withTests(FeedsAndMetadataIT.class), SyndFeedInput.class,
                Lists.class, Element.class).addAsResource("xsd/sitemap.xsd").addAsResource("xsd/sitemap-news.xsd");
    }

    @Inject
    TestContent content;

    @Inject
    MediaLibrary media;

    @Inject
    ContributorService contributors;

    @Inject
    Permalinks links;

    private final SiteClient site = new SiteClient();
    private String section;
    private Article article;
    private Contributor reporter;
    private String tag;

    @BeforeEach
    void aFreshArticleWithPhotoTagAndByline() {
        section = content.newSection();
        tag = "Harbours " + System.nanoTime();
        reporter = contributors.createUnchecked("Reporter " + System.nanoTime(), "Covers ports.", null, null);
        MediaAsset photo = media.store(Fixtures.samplePhoto(), "p.jpg", "The harbour at dawn", "AGENCY / PHOTOGRAPHER");
        article = content.publish(anArticle().inSection(section).withHeadline("Harbour & port <news> " + System.nanoTime())
                        .taggedWith(tag).withPhoto(photo.getId(), null).bylinedToContributor(reporter),
                Instant.now().minus(Duration.ofHours(1)));
    }

    @Test
    void rssAndAtomFeedsParseAndCarryTheArticleWithItsPhoto() throws Exception {
        String articleUrl = links.article(article.getPublishedAt(), article.getSlug());
        String tagSlug = news.dateline.platform.Slug.fromTitle(tag).value();
        for (String path : new String[] {"/feeds/all.rss", "/feeds/all.atom"}) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(site.get(path).body()));
            assertThat(feed.getEntries()).as(path).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            assertThat(feed.getEntries()).extracting(SyndEntry::getPublishedDate).as(path + ", newest first")
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        for (String path : new String[] {"/section/" + section + "/feed.rss", "/section/" + section + "/feed.atom",
            "/tag/" + tagSlug + "/feed.rss", "/author/" + reporter.getSlug() + "/feed.atom"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            SyndEntry entry = feed.getEntries().stream().filter(e -> e.getLink().endsWith(articleUrl)).findFirst()
                    .orElseThrow(() -> new AssertionError(path + " lacks the article"));
            assertThat(entry.getTitle()).as(path).isEqualTo(article.getHeadline());
            assertThat(entry.getDescription().getValue()).as(path).isEqualTo(article.getLead());
            assertThat(entry.getEnclosures()).as(path).hasSize(1);
            assertThat(entry.getEnclosures().get(0).getType()).isEqualTo("image/jpeg");
            assertThat(entry.getEnclosures().get(0).getLength()).isEqualTo(Fixtures.samplePhoto().length);
            assertThat(response.body()).as(path).contains("<media:credit>AGENCY / PHOTOGRAPHER</media:credit>");
            assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(50);
        }
    }

    @Test
    void theArticlePageHasCanonicalOpenGraphAndNewsArticleStructuredData() {
        Document page = site.page(links.article(article.getPublishedAt(), article.getSlug()));

        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        JsonObject json = Json.createReader(new StringReader(page.selectFirst("script[type=application/ld+json]")
                .data())).readObject();

        assertThat(canonical).endsWith(links.article(article.getPublishedAt(), article.getSlug())).startsWith("http");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(article.getHeadline());
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).contains("/media/");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(json.getString("@type")).isEqualTo("NewsArticle");
        assertThat(json.getString("headline")).isEqualTo(article.getHeadline());
        assertThat(json.getString("datePublished")).isNotBlank();
        assertThat(json.getString("dateModified")).isNotBlank();
        assertThat(json.getString("articleSection")).isNotBlank();
        assertThat(json.getString("dateline")).startsWith("LISBON,");
        assertThat(json.getJsonArray("author").getJsonObject(0).getString("name")).isEqualTo(reporter.getName());
        assertThat(json.getJsonObject("publisher").getString("name")).isEqualTo("Dateline");
        assertThat(json.getJsonObject("image").getString("creditText")).isEqualTo("AGENCY / PHOTOGRAPHER");
        assertThat(json.getJsonObject("image").getString("copyrightNotice")).isEqualTo("© AGENCY / PHOTOGRAPHER");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("<news>");
    }

    @Test
    void eachArticleCarriesItsOwnLanguageInItsPageStructuredDataAndNinjs() {
        Article russian = content.publish(anArticle().inSection(section).inLanguage("ru")
                .withHeadline("Паромщики вернулись к работе " + System.nanoTime()), Instant.now().minus(Duration.ofMinutes(3)));
        for (Article story : new Article[] {article, russian}) {
            String language = story == russian ? "ru" : "en";
            Document page = site.page(links.article(story.getPublishedAt(), story.getSlug()));
            assertThat(page.selectFirst("main article").attr("lang")).as(language).isEqualTo(language);
            JsonObject json = Json.createReader(new StringReader(page.selectFirst("script[type=application/ld+json]")
                    .data())).readObject();
            assertThat(json.getString("inLanguage")).isEqualTo(language);
            JsonObject ninjs = Json.createReader(new StringReader(site.get("/api/ninjs/articles/" + story.getId()).body()))
                    .readObject();
            assertThat(ninjs.getString("language")).isEqualTo(language);
        }
        Document rss = Jsoup.parse(site.get("/section/" + section + "/feed.rss").body(), "", Parser.xmlParser());
        assertThat(rss.selectFirst("channel > language").text()).as("the site's language").isEqualTo("en");
        assertThat(rss.select("item").stream().filter(i -> i.selectFirst("title").text().equals(russian.getHeadline()))
                .findFirst().orElseThrow().selectFirst("dc|language").text()).isEqualTo("ru");
        Document atom = Jsoup.parse(site.get("/section/" + section + "/feed.atom").body(), "", Parser.xmlParser());
        assertThat(atom.select("entry").stream().filter(e -> e.selectFirst("title").text().equals(russian.getHeadline()))
                .findFirst().orElseThrow().attr("xml:lang")).isEqualTo("ru");
        assertThat(atom.select("entry").stream().filter(e -> e.selectFirst("title").text().equals(article.getHeadline()))
                .findFirst().orElseThrow().attr("xml:lang")).isEqualTo("en");
        Document listing = site.page("/section/" + section);
        assertThat(listing.select("h2[lang=ru], h3[lang=ru]").eachText())
                .as("a Russian headline in a listing says so").anyMatch(h -> h.equals(russian.getHeadline()));
    }

    @Test
    void anArticlePageShowsBreadcrumbsAndRelatedArticlesFromItsSectionOrTags() {
        Article sameSection = content.publish(anArticle().inSection(section).withHeadline("Same desk " + System.nanoTime()),
                Instant.now().minus(Duration.ofHours(3)));
        Article sameTag = content.publish(anArticle().inSection(content.newSection()).taggedWith(tag)
                .withHeadline("Same topic " + System.nanoTime()), Instant.now().minus(Duration.ofHours(4)));
        Article unrelated = content.publish(anArticle().inSection(content.newSection())
                .withHeadline("Unrelated " + System.nanoTime()), Instant.now().minus(Duration.ofHours(2)));

        Document page = site.page(links.article(article.getPublishedAt(), article.getSlug()));

        assertThat(page.select("nav.back li").eachText()).hasSize(2).first().isEqualTo("All news");
        assertThat(page.selectFirst(".bylines a").attr("href")).isEqualTo("/author/" + reporter.getSlug());
        assertThat(page.select(".related li a").eachText()).contains(sameSection.getHeadline(), sameTag.getHeadline())
                .doesNotContain(unrelated.getHeadline(), article.getHeadline());
    }

    @Test
    void tagAndAuthorPagesListTheArticleAndListingsCarryCollectionData() {
        String tagSlug = news.dateline.platform.Slug.fromTitle(tag).value();
        Document tagPage = site.page("/tag/" + tagSlug);
        Document authorPage = site.page("/author/" + reporter.getSlug());

        assertThat(tagPage.selectFirst("h1").text()).isEqualTo(tag);
        assertThat(tagPage.select(".news-item h2").eachText()).contains(article.getHeadline());
        assertThat(authorPage.selectFirst(".intro").text()).isEqualTo("Covers ports.");
        assertThat(authorPage.select(".news-item h2").eachText()).contains(article.getHeadline());
        JsonObject collection = Json.createReader(new StringReader(tagPage.selectFirst(
                "script[type=application/ld+json]").data())).readObject();
        assertThat(collection.getString("@type")).isEqualTo("CollectionPage");
        assertThat(collection.getJsonObject("mainEntity").getJsonArray("itemListElement")).isNotEmpty();
        assertThat(site.get("/tag/no-such-tag").statusCode()).isEqualTo(404);
    }

    @Test
    void theSitemapsValidateAgainstTheirSchemas() throws Exception {
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("xsd/sitemap.xsd")).newValidator();
        String chunk = "/sitemaps/articles-" + article.getId() / 10_000 + ".xml";

        for (String path : new String[] {"/news-sitemap.xml", "/sitemap.xml", chunk, "/sitemaps/sections.xml"}) {
            String xml = site.get(path).body();
            validator.validate(new javax.xml.transform.stream.StreamSource(new StringReader(xml)));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(
                new javax.xml.transform.stream.StreamSource(new StringReader("<urlset xmlns="
                        + "\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/"
                        + "sitemap-news/0.9\"><url><loc>https://x.example/a</loc><news:news><news:title>t"
                        + "</news:title></news:news></url></urlset>")))).as("the schema catches a news entry"
                        + " without publication").isInstanceOf(org.xml.sax.SAXException.class);
    }

    @Test
    void robotsSitemapsAndTheNewsSitemapListPublishedArticles() {
        String url = links.article(article.getPublishedAt(), article.getSlug());
        String robots = site.get("/robots.txt").body();
        Document index = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser());
        String chunk = index.select("sitemap > loc").eachText().stream().filter(l -> l.contains("/sitemaps/articles-"))
                .filter(l -> l.endsWith("articles-" + article.getId() / 10_000 + ".xml")).findFirst().orElseThrow();
        Document articles = Jsoup.parse(site.get(chunk.substring(chunk.indexOf("/sitemaps/"))).body(), "",
                Parser.xmlParser());
        Document news = Jsoup.parse(site.get("/news-sitemap.xml").body(), "", Parser.xmlParser());

        assertThat(robots).contains("Sitemap: ", "/sitemap.xml", "/news-sitemap.xml", "Disallow: /newsroom/");
        assertThat(articles.select("url > loc").eachText()).anyMatch(loc -> loc.endsWith(url));
        assertThat(articles.select("url > lastmod")).isNotEmpty();
        org.jsoup.nodes.Element entry = news.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().endsWith(url)).findFirst().orElseThrow();
        assertThat(entry.selectFirst("news|publication > news|name").text()).isEqualTo("Dateline");
        assertThat(entry.selectFirst("news|publication > news|language").text()).isEqualTo("en");
        assertThat(entry.selectFirst("news|title").text()).isEqualTo(article.getHeadline());
        assertThat(entry.selectFirst("news|publication_date").text()).isNotBlank();
        assertThat(news.select("url")).hasSizeLessThanOrEqualTo(1000);
        assertThat(news.select("url > loc").eachText()).noneMatch(loc -> loc.contains("/news/2016/"));
    }
}
