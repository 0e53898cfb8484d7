package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.dateline.demo.WireStory;
import news.dateline.platform.ErrorPage;
import news.dateline.platform.PageRenderer;
import news.dateline.section.SectionLink;
import news.dateline.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every public template renders valid HTML5 with a language and exactly one h1. */
class PageTemplatesTest {

    private final PageRenderer renderer = new PageRenderer();
    private final Chrome chrome = new Chrome("Dateline", "/", "/news", "/assets/site.css?v=0123456789ab", List.of(
            new Chrome.NavLink("World", "/section/world", true), new Chrome.NavLink("Politics", "/section/politics", false)),
            new Chrome.BreakingLink("Quake hits the coast", "/news/2016/06/07/quake"));

    @Test
    void theArticlePageIsValidHtml() {
        WireStory story = WireStory.parse(Fixtures.seedArticle());
        String dateline = Dateline.of(story.datelinePlace(), "June 7", story.agencyMark());
        ArticlePageView article = new ArticlePageView(story.headline(), story.lead(), dateline,
                Dateline.openBody(story.bodyHtml(), dateline),
                new ArticlePageView.Photo("/media/1.jpg", "/media/1/320.jpg 320w, /media/1.jpg 1200w", 1200, 800, story.caption(), story.credit(),
                        "Alt text of the photo", "/media/1/320.webp 320w"),
                "World", "/section/world", "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32",
                List.of(new ArticlePageView.BylineLink("Anna Petrova", "/author/anna-petrova"),
                        new ArticlePageView.BylineLink("TASS staff", null)), List.of(new ArticlePageView.TagLink("Syria", "/tag/syria")), "/", "2016-06-08T10:00:00+03:00",
                "June 8, 2016, 10:00", List.of(new ArticlePageView.Correction("2016-06-08T10:00:00+03:00",
                "June 8, 2016, 10:00", "An earlier version misspelt a name.")),
                List.of(new ArticlePageView.LiveUpdate("update-2", "2016-06-07T15:10:00+03:00", "15:10", "Anna Petrova",
                        List.of("Talks resume.", "A second <paragraph>."), new ArticlePageView.LivePhoto(
                                "/media/1/social-50-50.jpg", "/media/1/social-50-50.webp", 1200, "Delegates")),
                        new ArticlePageView.LiveUpdate("update-1", "2016-06-07T14:40:00+03:00", "14:40", "TASS staff",
                                List.of("Delegates arrive."), null)), "/live/1.json", "en",
                new ArticlePageView.Translation("/news/2016/06/07/lavrov-ru", "ru", "Читать на русском"),
                ArticlePageView.Words.in(news.dateline.platform.Language.EN));

        PageMeta meta = new PageMeta("https://news.example/news/2016/06/07/a", story.headline(), story.lead(), "article",
                "https://news.example/media/1.jpg", "Alt", 1200, 628, StructuredData.safe("{\"headline\":\"</script><b>\"}"),
                "https://news.example/section/world/feed.rss", "https://news.example/section/world/feed.atom",
                List.of(new PageMeta.Alternate("en", "https://news.example/news/2016/06/07/a"),
                        new PageMeta.Alternate("ru", "https://news.example/news/2016/06/07/lavrov-ru")));
        ListingItem related = new ListingItem("/news/2016/06/08/b", "Related headline", "Lead", "World",
                "/section/world", "2016-06-08T10:00:00+03:00", "June 8, 2016, 10:00", null, null, null);
        String html = renderer.render("site/article", Map.of("chrome", chrome, "article", article, "preview", false,
                "liveScriptUrl", "/assets/live.js?v=0123456789ab",
                "meta", meta, "related", List.of(related)));
        assertValidPage(html);
        assertThat(html).contains("\\u003c/script\\u003e").doesNotContain("\"</script><b>");
        Document live = Jsoup.parse(html);
        assertThat(live.select(".live-update")).extracting(e -> e.id()).containsExactly("update-2", "update-1");
        assertThat(live.select("#update-2 > p:not(.live-meta)").eachText()).containsExactly("Talks resume.",
                "A second <paragraph>.");
        assertThat(live.selectFirst(".live-updates").attr("data-live-url")).isEqualTo("/live/1.json");
        assertValidPage(renderer.render("site/article", Map.of("chrome", chrome, "article", article, "preview", true,
                "liveScriptUrl", "/assets/live.js?v=0123456789ab")));
        assertThat(live.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "ru");
        assertThat(live.selectFirst("p.translation a[hreflang=ru][lang=ru]").text()).isEqualTo("Читать на русском");

        Document russianSite = Jsoup.parse(renderer.render("site/article", Map.of("chrome", chrome, "article", article,
                "preview", false, "liveScriptUrl", "/assets/live.js?v=0123456789ab", "meta", meta, "related",
                List.of(related)), news.dateline.platform.Language.RU));
        assertThat(russianSite.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(russianSite.selectFirst(".all-news").text()).isEqualTo("Все новости");
        assertThat(russianSite.selectFirst("article").attr("lang")).as("the story keeps its language").isEqualTo("en");
        assertThat(russianSite.selectFirst(".bylines span").text()).as("its own frame too").isEqualTo("By");
        assertThat(HtmlChecker.errorsIn(russianSite.outerHtml())).as("HTML errors").isEmpty();
    }

    @Test
    void aListingPageIsValidHtmlWithItemsAndWhenEmpty() {
        ListingItem item = new ListingItem("/news/2016/06/07/a", "Headline & more", "Lead <b>text</b>", "World",
                "/section/world", "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32", "/media/1/3x2-50-50.jpg", "Alt", "/media/1/3x2-50-50.webp");
        ListingPage full = new ListingPage("All news", "All news", List.of(item, item), "/?before=1-2", "/");
        ListingPage empty = new ListingPage("World", "World", List.of(), null, "/section/world");

        assertValidPage(renderer.render("site/listing", Map.of("chrome", chrome, "page", full, "intro", "A bio.")));
        assertValidPage(renderer.render("site/listing", Map.of("chrome", chrome, "page", empty, "intro", "")));
    }

    @Test
    void aFrontIsValidHtmlWithItsLeadSecondaryRowAndBlocksAndWhenEmpty() {
        ListingItem photo = new ListingItem("/news/2016/06/07/a", "Lead & more", "Lead <b>text</b>", "World",
                "/section/world", "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32", "/media/1/3x2-50-50.jpg", "Alt",
                "/media/1/3x2-50-50.webp");
        ListingItem text = new ListingItem("/news/2016/06/07/b", "Text only", "", "World", "/section/world",
                "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32", null, null, null);
        FrontPage front = new FrontPage("Top stories", "Top stories", true,
                new FrontPage.LeadItem(photo, "/media/1/social-50-50.jpg", "/media/1/social-50-50.webp", 800),
                List.of(text, photo), List.of(new FrontPage.BlockView("World", "/section/world", List.of(text, photo)),
                        new FrontPage.BlockView("Picked", null, List.of(photo))), null, List.of(), null, "/news");
        String html = renderer.render("site/front", Map.of("chrome", chrome, "front", front));
        assertValidPage(html);
        Document page = Jsoup.parse(html);
        org.jsoup.nodes.Element lead = page.selectFirst(".lead-story img");
        assertThat(lead.attr("width")).isEqualTo("1200");
        assertThat(lead.attr("height")).isEqualTo("628");
        assertThat(lead.attr("srcset")).isEqualTo("/media/1/social-50-50.jpg 800w");
        assertThat(lead.attr("loading")).as("the lead loads at once").isEmpty();
        assertThat(page.select(".front-block h3 img")).isEmpty();
        assertThat(page.select(".front-block img")).extracting(i -> i.attr("loading")).containsOnly("lazy");
        assertThat(page.select("h1").hasClass("visually-hidden")).isTrue();
        assertThat(page.select(".front-block h2").eachText()).containsExactly("World", "Picked");

        FrontPage section = new FrontPage("World", "World", false, new FrontPage.LeadItem(text, null, null, 0),
                List.of(), List.of(), "More in World", List.of(text, text), "/section/world?before=1-2", "/news");
        String sectionHtml = renderer.render("site/front", Map.of("chrome", chrome, "front", section));
        assertValidPage(sectionHtml);
        assertThat(Jsoup.parse(sectionHtml).select("a.older").attr("href")).isEqualTo("/section/world?before=1-2");
        assertValidPage(renderer.render("site/front", Map.of("chrome", chrome, "front", new FrontPage("Top stories",
                "Top stories", true, null, List.of(), List.of(), null, List.of(), null, "/news"))));
    }

    @Test
    void listingThumbnailsAreSizedForTheirSlotAndOnlyTheFirstScreenLoadsAtOnce() {
        ListingItem photo = new ListingItem("/news/2016/06/07/a", "With a photo", "Lead", "World", "/section/world",
                "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32", "/media/1/3x2-50-40.jpg", "Cranes", "/media/1/3x2-50-40.webp");
        ListingItem text = new ListingItem("/news/2016/06/07/b", "Text only", "Lead", "World", "/section/world",
                "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32", null, null, null);
        ListingPage page = new ListingPage("All news", "All news", List.of(photo, text, photo, photo, photo), null, "/");
        Document html = Jsoup.parse(renderer.render("site/listing", Map.of("chrome", chrome, "page", page, "intro", "")));

        assertThat(html.select(".news-item").get(1).select("picture")).as("a text-only story stays compact").isEmpty();
        List<org.jsoup.nodes.Element> images = html.select(".news-item picture img");
        assertThat(images).hasSize(4);
        assertThat(images).extracting(i -> i.attr("loading")).containsExactly("eager", "eager", "lazy", "lazy");
        org.jsoup.nodes.Element first = images.get(0);
        assertThat(first.attr("width")).isEqualTo("160");
        assertThat(first.attr("height")).isEqualTo("107");
        assertThat(first.attr("srcset")).isEqualTo("/media/1/3x2-50-40.jpg 320w");
        assertThat(first.attr("sizes")).isEqualTo("(max-width: 40rem) 96px, 160px");
        assertThat(first.attr("alt")).isEqualTo("Cranes");
        org.jsoup.nodes.Element webp = html.selectFirst(".news-item picture source");
        assertThat(webp.attr("type")).isEqualTo("image/webp");
        assertThat(webp.attr("srcset")).isEqualTo("/media/1/3x2-50-40.webp 320w");
        assertThat(webp.attr("sizes")).isEqualTo(first.attr("sizes"));
        assertValidPage(html.outerHtml());
    }

    @Test
    void theSearchPageIsValidHtmlWithResultsAndWhenEmpty() {
        SearchResource.Result result = new SearchResource.Result("/news/2016/06/07/a", "Headline", "World",
                "/section/world", "2016-06-07T14:32:00+03:00", "June 7, 2016, 14:32",
                SearchResource.fragments("The \u0002talks\u0003 & more <b>"));
        Map<String, Object> model = new java.util.HashMap<>(Map.of("chrome", chrome, "query", "talks", "section", "",
                "from", "", "to", "", "sections", List.of(new news.dateline.section.SectionLink("World", "world")),
                "results", List.of(result), "problems", List.of("A problem."), "page", 1));
        model.put("nextUrl", "/search?q=talks&page=2");
        model.put("previousUrl", null);

        assertValidPage(renderer.render("site/search", model));
        model.put("results", List.of());
        model.put("query", "");
        assertValidPage(renderer.render("site/search", model));
        assertThat(result.snippet()).extracting(SearchResource.Fragment::text).containsExactly("The ", "talks", " & more <b>");
    }

    @Test
    void theErrorPageIsValidHtml() {
        ErrorPage error = new ErrorPage(404, "Page not found", "There is no page at this address.");

        assertValidPage(renderer.render("site/error", Map.of("chrome", chrome, "error", error)));
    }

    @Test
    void theCheckerRejectsInvalidHtml() {
        assertThat(HtmlChecker.errorsIn("<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><p><div>block in paragraph</p></div><img src=a></body></html>")).isNotEmpty();
    }

    private static void assertValidPage(String html) {
        assertThat(HtmlChecker.errorsIn(html)).as("HTML errors").isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main")).hasSize(1);
    }
}
