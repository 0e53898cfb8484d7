package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.account.AccessDeniedException;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.Permalinks;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A story and its translation (issue 15, item 6): once linked, each page links to the other
 * ({@code <link rel="alternate" hreflang>} and a visible link in the other language), and so does the sitemap,
 * while both are published; bad links are refused with the field; two editors linking at the same moment
 * cannot give a story two translations.
 */
@ExtendWith(ArquillianExtension.class)
class TranslationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TranslationsIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    Translations translations;

    @Inject
    ArticleService articles;

    @Inject
    Permalinks links;

    private final SiteClient reader = new SiteClient();
    private Editor editor;
    private Article english;
    private Article russian;
    /** One section for the whole class: every section with a story is in every page's menu, for all later tests. */
    private static String section;

    @BeforeEach
    void aStoryInEachLanguage() {
        editor = content.editorOf(content.newAccount(Role.EDITOR));
        if (section == null) {
            section = content.newSection();
        }
        english = content.publish(anArticle().withHeadline("Lavrov and Kerry talk " + System.nanoTime())
                .inSection(section), OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant());
        russian = content.publish(anArticle().inLanguage("ru").withHeadline("Лавров и Керри провели переговоры")
                .inSection(section), OffsetDateTime.parse("2016-06-07T14:40:00+03:00").toInstant());
    }

    @Test
    void linkedStoriesLinkToEachOtherOnTheirPagesAndInTheSitemapWhileBothArePublished() {
        String englishUrl = links.article(english.getPublishedAt(), english.getSlug());
        String russianUrl = links.article(russian.getPublishedAt(), russian.getSlug());
        assertThat(reader.page(englishUrl).select("link[hreflang]")).as("cached before the link").isEmpty();

        translations.link(editor, english.getId(), Long.toString(russian.getId()));

        Document englishPage = reader.page(englishUrl);
        Document russianPage = reader.page(russianUrl);
        assertThat(englishPage.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "ru");
        assertThat(englishPage.selectFirst("link[hreflang=ru]").attr("href")).isEqualTo("https://news.example.test" + russianUrl);
        assertThat(englishPage.selectFirst("link[hreflang=en]").attr("href")).isEqualTo("https://news.example.test" + englishUrl);
        assertThat(englishPage.selectFirst("p.translation a").text()).isEqualTo("Читать на русском");
        assertThat(englishPage.selectFirst("p.translation a").attr("lang")).isEqualTo("ru");
        assertThat(englishPage.selectFirst("p.translation a").attr("href")).isEqualTo(russianUrl);
        assertThat(russianPage.selectFirst("p.translation a").text()).isEqualTo("Read in English");
        assertThat(russianPage.selectFirst("link[hreflang=en]").attr("href")).isEqualTo("https://news.example.test" + englishUrl);

        Document sitemap = Jsoup.parse(reader.get("/sitemaps/articles-" + (english.getId() / 1000) + ".xml").body(), "",
                Parser.xmlParser());
        assertThat(sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith(englishUrl))
                .findFirst().orElseThrow().select("xhtml|link").eachAttr("hreflang")).containsExactly("en", "ru");

        Article current = articles.forEditing(editor, russian.getId());
        articles.withdraw(editor, current.getId(), current.getVersion(), "Wrong figures.");
        Await.until("the withdrawn translation's link leaves the cached page", Duration.ofSeconds(1),
                () -> reader.page(englishUrl).select("p.translation, link[hreflang]").isEmpty());
    }

    @Test
    void badLinksAreRefusedWithTheFieldAndChangeNothing() {
        Article otherEnglish = content.publish(anArticle().withHeadline("Another English story")
                .inSection(section), OffsetDateTime.parse("2016-06-08T10:00:00+03:00").toInstant());
        Article otherRussian = content.publish(anArticle().inLanguage("ru").withHeadline("Другой материал")
                .inSection(section), OffsetDateTime.parse("2016-06-08T10:00:00+03:00").toInstant());
        List<String> refusals = new ArrayList<>();
        for (String bad : new String[] {"", "abc", "12 13", "-5", "99999999999999999999", Long.toString(english.getId()),
                Long.toString(otherEnglish.getId()), "900000000000000000"}) {
            try {
                translations.link(editor, english.getId(), bad);
            } catch (FieldRefused refused) {
                refusals.add(refused.field() + " " + refused.messageKey());
            }
        }
        assertThat(refusals).containsExactly("translation translation.error.number", "translation translation.error.number",
                "translation translation.error.number", "translation translation.error.number",
                "translation translation.error.number", "translation translation.error.itself",
                "translation translation.error.sameLanguage", "translation translation.error.noSuchStory");
        assertThat(translations.of(english.getId())).isEmpty();

        translations.link(editor, english.getId(), "#" + russian.getId());
        Article linked = articles.forEditing(editor, english.getId());
        assertThatThrownBy(() -> articles.update(editor, linked.getId(), linked.getVersion(), anArticle().inLanguage("ru")
                .withHeadline(linked.getHeadline()).inSection(section).draft()))
                .as("a linked story cannot take its translation's language")
                .isInstanceOfSatisfying(FieldRefused.class, r -> assertThat(r.field() + " " + r.messageKey())
                        .isEqualTo("language editor.error.languageOfTranslation"));
        assertThat(articles.forEditing(editor, english.getId()).getLanguage()).isEqualTo("en");
        assertThatThrownBy(() -> translations.link(editor, english.getId(), Long.toString(otherRussian.getId())))
                .isInstanceOfSatisfying(FieldRefused.class, r -> assertThat(r.messageKey()).isEqualTo("translation.error.alreadyLinked"));
        assertThatThrownBy(() -> translations.link(editor, otherEnglish.getId(), Long.toString(russian.getId())))
                .isInstanceOfSatisfying(FieldRefused.class, r -> assertThat(r.messageKey()).isEqualTo("translation.error.otherLinked"));
        assertThat(translations.of(russian.getId()).orElseThrow().id()).isEqualTo(english.getId());

        Editor writer = content.editorOf(content.newAccount(Role.WRITER));
        assertThatThrownBy(() -> translations.unlink(writer, english.getId())).isInstanceOf(AccessDeniedException.class);
        translations.unlink(editor, russian.getId());
        assertThat(translations.of(english.getId())).isEmpty();
        assertThat(translations.of(russian.getId())).isEmpty();
    }

    @Test
    void twoEditorsLinkingTheSameStoryAtOnceGiveItOneTranslation() throws Exception {
        Article secondRussian = content.publish(anArticle().inLanguage("ru").withHeadline("Ещё один перевод")
                .inSection(section), OffsetDateTime.parse("2016-06-07T15:00:00+03:00").toInstant());
        Editor other = content.editorOf(content.newAccount(Role.EDITOR));
        for (int round = 0; round < 5; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<String> first = () -> attempt(start, editor, english.getId(), russian.getId());
                Callable<String> second = () -> attempt(start, other, secondRussian.getId(), english.getId());
                Future<String> a = pool.submit(first);
                Future<String> b = pool.submit(second);
                start.countDown();
                List<String> outcomes = List.of(a.get(), b.get());
                assertThat(outcomes).as("round " + round).containsOnlyOnce("linked");
                assertThat(outcomes).as("round " + round).anyMatch(o -> o.endsWith("Linked"));
            } finally {
                pool.shutdownNow();
            }
            long partner = translations.of(english.getId()).orElseThrow().id();
            assertThat(partner).isIn(russian.getId(), secondRussian.getId());
            long unlinked = partner == russian.getId() ? secondRussian.getId() : russian.getId();
            assertThat(translations.of(unlinked)).isEmpty();
            assertThat(translations.of(partner).orElseThrow().id()).isEqualTo(english.getId());
            translations.unlink(editor, english.getId());
        }
    }

    @Test
    void theNewsroomFormLinksAndRefusesOverHttp() {
        TestContent.Login login = content.newAccount(Role.EDITOR);
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        String form = "/newsroom/articles/" + english.getId() + "/translation";
        assertThat(client.page("/newsroom/articles/" + english.getId()).select("a[href=" + form + "]")).hasSize(1);

        Document page = client.page(form);
        assertThat(page.selectFirst("label[for=translation]")).isNotNull();
        HttpResponse<String> refused = client.post(form, Map.of("translation", "not a number\u0000"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst("#translation").attr("aria-invalid")).isEqualTo("true");
        client.get(form);
        HttpResponse<String> linked = client.post(form, Map.of("translation", Long.toString(russian.getId())));
        assertThat(linked.statusCode()).isEqualTo(303);
        assertThat(client.page(form).selectFirst("p.flash").text()).isEqualTo("The story and its translation now link to each other.");
        assertThat(translations.of(english.getId()).orElseThrow().id()).isEqualTo(russian.getId());

        assertThat(client.postRaw(form + "/unlink", Map.of()).statusCode()).as("without the token").isEqualTo(403);
        TestContent.Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        assertThat(writer.get(form).statusCode()).isEqualTo(403);
        writer.get("/newsroom");
        assertThat(writer.post(form + "/unlink", Map.of()).statusCode()).isEqualTo(403);
        assertThat(translations.of(english.getId())).isPresent();

        client.get(form);
        assertThat(client.post(form + "/unlink", Map.of()).statusCode()).isEqualTo(303);
        assertThat(translations.of(english.getId())).isEmpty();
        assertThat(client.post(form + "/unlink", Map.of()).statusCode()).as("taken off already").isEqualTo(303);
        assertThat(client.page(form).selectFirst("p.flash").text()).isEqualTo("This story has no translation linked.");
    }

    private String attempt(CountDownLatch start, Editor who, long story, long translation) throws InterruptedException {
        start.await();
        try {
            translations.link(who, story, Long.toString(translation));
            return "linked";
        } catch (FieldRefused refused) {
            return refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
        }
    }
}
