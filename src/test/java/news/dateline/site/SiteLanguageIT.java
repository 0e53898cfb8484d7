package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import news.dateline.article.Article;
import news.dateline.demo.WireStory;
import news.dateline.platform.Language;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.testing.ArticlePageText;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public site in both site languages (issue 15, items 3, 4 and 7): its chrome speaks the configured
 * language ({@code dateline.site-language}), while each article page keeps its story's language in
 * {@code lang}, its dates and its wire dateline, whatever the site's language is and whatever the reader's
 * browser asks for.
 */
@ExtendWith(ArquillianExtension.class)
class SiteLanguageIT {

    private static final String SETTING = "dateline.site-language";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SiteLanguageIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    Permalinks links;

    @Inject
    PageCache pageCache;

    @Inject
    news.dateline.media.MediaLibrary media;

    @Inject
    news.dateline.contributor.ContributorService contributors;

    @Inject
    news.dateline.section.SectionService sections;

    /** One section for the whole class: every section with a story is in every page's menu, for all later tests. */
    private static String section;

    private final SiteClient site = new SiteClient();
    private String englishPath;
    private String russianPath;
    private String word;

    @BeforeEach
    void theReferenceStoryAndARussianStory() {
        word = "Кварцевск" + Long.toString(System.nanoTime() % 1_000_000, 36).replaceAll("[0-9]", "");
        if (section == null) {
            section = content.newSection();
        }
        WireStory story = WireStory.parse(Fixtures.seedArticle());
        news.dateline.media.MediaAsset photo = media.store(Fixtures.samplePhoto(), "sample-photo.jpg",
                new news.dateline.media.PhotoDescription(story.caption(), story.credit(), story.altText()));
        Article english = content.publish(anArticle().withHeadline(story.headline()).withLead(story.lead())
                        .withBody(story.bodyHtml()).withDateline(story.datelinePlace(), story.agencyMark())
                        .taggedWith("Syria", "Russia", "USA", "Sergey Lavrov", "John Kerry")
                        .withPhoto(photo.getId(), null)
                        .inSection(section), OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant());
        Article russian = content.publish(anArticle().inLanguage("ru")
                        .withHeadline("Лавров и Керри обсудили борьбу с терроризмом в " + word)
                        .withLead("Главы МИД продолжили согласование подходов.")
                        .withBody("<p>Министры иностранных дел России и США продолжили переговоры о борьбе"
                                + " с терроризмом в " + word + ", сообщили в МИД.</p>")
                        .withDateline("Москва", "ТАСС").inSection(section),
                OffsetDateTime.parse("2016-06-07T17:45:00+03:00").toInstant());
        englishPath = links.article(english.getPublishedAt(), english.getSlug());
        russianPath = links.article(russian.getPublishedAt(), russian.getSlug());
    }

    @AfterEach
    void backToEnglish() {
        System.clearProperty(SETTING);
        pageCache.clear();
    }

    @Test
    void onTheEnglishSiteEachStoryReadsInItsOwnLanguage() {
        Document english = site.page(englishPath);
        Document russian = site.page(russianPath, "Accept-Language", "ru-RU,ru;q=0.9");

        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(ArticlePageText.visibleLines(english)).containsExactlyElementsOf(Fixtures.seedArticleLines());
        assertThat(russian.selectFirst("html").attr("lang")).as("the reader's browser does not change the chrome")
                .isEqualTo("en");
        assertThat(russian.selectFirst("nav.back .all-news").text()).isEqualTo("All news");
        assertRussianStory(russian);
    }

    @Test
    void onTheRussianSiteTheChromeIsRussianAndEachStoryStillReadsInItsOwnLanguage() {
        System.setProperty(SETTING, "ru");
        pageCache.clear();

        Document english = site.page(englishPath, "Accept-Language", "en-GB,en;q=0.9");
        Document russian = site.page(russianPath);

        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(english.selectFirst("article").attr("lang")).isEqualTo("en");
        List<String> expected = new ArrayList<>(Fixtures.seedArticleLines());
        expected.set(expected.indexOf("All news"), "Все новости");
        assertThat(ArticlePageText.visibleLines(english)).as("the wire story, with the site's chrome in Russian")
                .containsExactlyElementsOf(expected);
        assertThat(english.selectFirst(".dateline").text()).isEqualTo("MOSCOW, June 7. /TASS/.");
        assertThat(russian.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.selectFirst("nav.back .all-news").text()).isEqualTo("Все новости");
        assertRussianStory(russian);
    }

    @Test
    void searchSpeaksTheSiteLanguageAndMarksRussianMatchesLikeEnglishOnes() {
        Document englishSite = site.page("/search?q=" + URLEncoder.encode("переговорах " + word, StandardCharsets.UTF_8));
        assertThat(englishSite.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(englishSite.select(".news-item h2").eachText()).anyMatch(h -> h.contains(word));
        assertThat(englishSite.select(".snippet mark").eachText()).as("Russian word forms marked")
                .contains("переговоры", word);
        String latin = "Zephyrnet" + Long.toString(System.nanoTime() % 1_000_000, 36).replaceAll("[0-9]", "");
        content.publish(anArticle().inLanguage("ru").withHeadline("Агентство " + latin + " открыло бюро в Москве")
                .withBody("<p>Агентство " + latin + " открыло бюро.</p>").inSection(section),
                OffsetDateTime.parse("2016-06-08T10:00:00+03:00").toInstant());
        content.publish(anArticle().withHeadline(latin + " opens a bureau in Moscow")
                .withBody("<p>The agency " + latin + " opened a bureau.</p>").inSection(section),
                OffsetDateTime.parse("2016-06-08T11:00:00+03:00").toInstant());
        Document either = site.page("/search?q=" + latin.toLowerCase(java.util.Locale.ROOT));
        assertThat(either.select(".news-item h2").eachText()).as("one query finds the stories of both languages")
                .containsExactlyInAnyOrder(latin + " opens a bureau in Moscow", "Агентство " + latin + " открыло бюро в Москве");
        assertThat(either.select(".snippet mark").eachText()).contains(latin);

        System.setProperty(SETTING, "ru");
        pageCache.clear();
        Document russianSite = site.page("/search?q=" + URLEncoder.encode("переговорах " + word, StandardCharsets.UTF_8));

        assertThat(russianSite.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(russianSite.selectFirst("label[for=q]").text())
                .isEqualTo(PageRenderer.message(Language.RU, "search.query"));
        assertThat(russianSite.select(".snippet mark").eachText()).contains("переговоры", word);
        Document nothing = site.page("/search?q=" + URLEncoder.encode("ъъъъъъ", StandardCharsets.UTF_8));
        assertThat(nothing.text()).contains(PageRenderer.message(Language.RU, "search.none", "ъъъъъъ"));
    }

    @Test
    void cyrillicNamesGiveReadableAddressesAndTheirPagesWork() {
        String unique = Long.toString(System.nanoTime() % 1_000_000, 36).replaceAll("[0-9]", "");
        news.dateline.contributor.Contributor lavrov = contributors.createUnchecked("Сергей Лавров " + unique.toUpperCase(), "", null, null);
        news.dateline.section.Section incidents = sections.create("Происшествия " + unique, null);
        Article story = content.publish(anArticle().inLanguage("ru").withHeadline("Пожар на складе в Подмосковье " + unique)
                        .inSection(incidents.getSlug()).taggedWith("Чрезвычайные ситуации " + unique)
                        .bylinedToContributor(lavrov),
                OffsetDateTime.parse("2016-06-09T10:00:00+03:00").toInstant());

        assertThat(story.getSlug()).as("a readable transliteration").startsWith("pozhar-na-sklade-v-podmoskove");
        assertThat(incidents.getSlug()).startsWith("proisshestviya");
        Document page = site.page(links.article(story.getPublishedAt(), story.getSlug()));
        String tagUrl = page.selectFirst("ul.tags a").attr("href");
        String authorUrl = page.selectFirst(".bylines a").attr("href");
        assertThat(tagUrl).matches("/tag/chrezvychaynye-situatsii-[a-z0-9-]+|/tag/chrezvychainye-situatsii-[a-z0-9-]+");
        assertThat(authorUrl).matches("/author/[a-z0-9-]+").contains("lavrov");
        for (String listing : List.of(tagUrl, authorUrl, links.section(incidents.getSlug()))) {
            assertThat(site.page(listing).select(".news-item h2, .front-lead h2, h2 a, h3 a").eachText())
                    .as(listing).anyMatch(h -> h.startsWith("Пожар на складе"));
        }
        assertThat(site.page(tagUrl).selectFirst("h1").text()).isEqualTo("Чрезвычайные ситуации " + unique);
        assertThat(site.page(authorUrl).selectFirst("h1").text()).isEqualTo("Сергей Лавров " + unique.toUpperCase());
    }

    private void assertRussianStory(Document page) {
        assertThat(page.selectFirst("article").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst(".dateline").text()).isEqualTo("МОСКВА, 7 июня. /ТАСС/.");
        assertThat(page.selectFirst(".article-meta time").text()).isEqualTo("7 июня 2016, 17:45");
        assertThat(page.selectFirst(".article-meta time").attr("datetime")).isEqualTo("2016-06-07T17:45:00+03:00");
    }
}
