package news.dateline.front;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.platform.CacheTag;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.Permalinks;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.MovableClock;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The breaking-news banner (issue 14, item 5): switched on for a published story, it is on every public
 * page (cached ones included) until an editor switches it off, its time is up or the story leaves the
 * site; bad input and a banner changed meanwhile are refused with a message next to the field and
 * change nothing; two editors switching at the same moment do not silently replace each other.
 */
@ExtendWith(ArquillianExtension.class)
class BreakingNewsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(BreakingNewsIT.class, MovableClock.class);
    }

    @Inject
    TestContent content;

    @Inject
    BreakingNews breaking;

    @Inject
    ArticleService articles;

    @Inject
    Permalinks links;

    @Inject
    MovableClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final SiteClient reader = new SiteClient();
    private Editor editor;

    @BeforeEach
    void anEditorAndNoBanner() {
        editor = content.editorOf(content.newAccount(Role.EDITOR));
        breaking.live().ifPresent(banner -> breaking.switchOff(editor, Long.toString(banner.id())));
    }

    @AfterEach
    void noBannerLeftUp() {
        clock.reset();
        breaking.live().ifPresent(banner -> breaking.switchOff(editor, Long.toString(banner.id())));
    }

    @Test
    void aBannerSwitchedOnIsOnEveryPublicPageCachedOrNotUntilSwitchedOff() {
        Article story = published("Quake hits the coast");
        Article other = published("Markets open higher");
        List<String> pages = List.of("/", path(other), "/search?q=quake", "/no-such-page-" + story.getId());
        pages.forEach(reader::get);
        pages.forEach(reader::get);
        assertThat(banner("/")).as("before").isNull();

        breaking.switchOn(editor, Long.toString(story.getId()), "", "2", "");

        for (String page : pages) {
            Element banner = banner(page);
            assertThat(banner).as(page).isNotNull();
            assertThat(banner.selectFirst("a").attr("href")).as(page).isEqualTo(path(story));
            assertThat(banner.selectFirst("a").text()).as(page).isEqualTo("Quake hits the coast");
        }
        org.jsoup.nodes.Document rss = Jsoup.parse(reader.get("/feeds/all.rss").body(), "",
                org.jsoup.parser.Parser.xmlParser());
        Element item = rss.select("item").stream()
                .filter(i -> i.selectFirst("link").text().endsWith(path(story))).findFirst().orElseThrow();
        assertThat(item.select("category").eachText()).contains("Breaking news");
        assertThat(rss.select("item category").eachText()).as("only the breaking story").containsOnlyOnce("Breaking news");
        org.jsoup.nodes.Document atom = Jsoup.parse(reader.get("/feeds/all.atom").body(), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("entry category[term=breaking]")).hasSize(1);

        String seen = Long.toString(breaking.live().orElseThrow().id());
        breaking.switchOn(editor, Long.toString(other.getId()), "Markets: trading halted", "1", seen);
        assertThat(banner(path(story)).text()).contains("Markets: trading halted");

        breaking.switchOff(editor, Long.toString(breaking.live().orElseThrow().id()));
        pages.forEach(page -> assertThat(banner(page)).as(page).isNull());
        assertThat(reader.get("/feeds/all.rss").body()).doesNotContain("Breaking news");
    }

    @Test
    void aBannerSwitchedOnByAnotherServerIsOnThisServersCachedPagesWithinASecond() throws Exception {
        Article story = published("Airport closed by fog");
        reader.get("/");
        assertThat(banner("/")).as("cached without a banner").isNull();

        // Another server's switch: the row in the database, and its change recorded for every server.
        transaction.begin();
        em.createNativeQuery("insert into breaking_news (article_id, started_at, expires_at, started_by)"
                        + " values (:article, now(), now() + interval '1 hour', :by)")
                .setParameter("article", story.getId()).setParameter("by", editor.accountId()).executeUpdate();
        em.createNativeQuery("insert into site_change (tags) values (:tags)")
                .setParameter("tags", CacheTag.NAVIGATION).executeUpdate();
        transaction.commit();
        long start = System.nanoTime();
        Await.until("the other server's banner", Duration.ofSeconds(2), () -> banner("/") != null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(banner("/").selectFirst("a").attr("href")).isEqualTo(path(story));
    }

    @Test
    void theBannerEndsWhenItsTimeIsUpOnEveryPage() {
        Article story = published("Storm reaches the capital");
        breaking.switchOn(editor, Long.toString(story.getId()), "", "1", "");
        assertThat(banner("/")).isNotNull();

        clock.move(Duration.ofMinutes(61));

        assertThat(breaking.live()).isEmpty();
        Await.until("the banner leaves the cached front page", Duration.ofSeconds(15), () -> banner("/") == null);
        breaking.endExpired();
        assertThat(banner(path(story))).isNull();
    }

    @Test
    void aStoryTakenOffTheSiteTakesItsBannerWithIt() {
        Article story = published("Bridge closed after crash");
        breaking.switchOn(editor, Long.toString(story.getId()), "", "3", "");
        assertThat(banner("/")).isNotNull();

        articles.withdraw(editor, story.getId(), articles.forEditing(editor, story.getId()).getVersion(),
                "Published by mistake.");

        assertThat(breaking.live()).isEmpty();
        assertThat(banner("/")).isNull();
    }

    @Test
    void badInputIsRefusedWithItsFieldAndChangesNothing() {
        Article story = published("Floods in the north");
        Article draft = content.draft(anArticle().withHeadline("Not yet out").inSection(content.newSection()));
        String id = Long.toString(story.getId());

        assertRefused(() -> breaking.switchOn(editor, Long.toString(draft.getId()), "", "2", ""), "article",
                "breaking.error.notPublished");
        assertRefused(() -> breaking.switchOn(editor, "12x", "", "2", ""), "article", "breaking.error.chooseStory");
        assertRefused(() -> breaking.switchOn(editor, "99999999999999999999", "", "2", ""), "article",
                "breaking.error.chooseStory");
        assertRefused(() -> breaking.switchOn(editor, id, "Floods\u0000", "2", ""), "text", FormInput.UNUSABLE);
        assertRefused(() -> breaking.switchOn(editor, id, "Floods \uD800", "2", ""), "text", FormInput.UNUSABLE);
        assertRefused(() -> breaking.switchOn(editor, id, "x".repeat(BreakingNews.MAX_TEXT_LENGTH + 1), "2", ""),
                "text", "breaking.error.textTooLong");
        assertRefused(() -> breaking.switchOn(editor, id, "", "5", ""), "hours", "breaking.error.hours");
        assertRefused(() -> breaking.switchOn(editor, id, "", "-1", ""), "hours", "breaking.error.hours");
        assertRefused(() -> breaking.switchOn(editor, id, "", "2", "12345"), "banner", "breaking.error.changed");
        Editor writer = content.editorOf(content.newAccount(Role.WRITER));
        assertThatThrownBy(() -> breaking.switchOn(writer, id, "", "2", "")).isInstanceOf(AccessDeniedException.class);

        assertThat(breaking.live()).isEmpty();
        assertThat(banner("/")).isNull();
    }

    @Test
    void twoEditorsSwitchingOnAtTheSameMomentDoNotReplaceEachOtherSilently() throws Exception {
        Article first = published("Election called");
        Article second = published("Prime minister resigns");
        Editor another = content.editorOf(content.newAccount(Role.EDITOR));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Callable<BreakingNews.Banner> attempt : List.<Callable<BreakingNews.Banner>>of(
                    () -> breaking.switchOn(editor, Long.toString(first.getId()), "", "2", ""),
                    () -> breaking.switchOn(another, Long.toString(second.getId()), "", "2", ""))) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        return "on " + attempt.call().articleId();
                    } catch (FieldRefused refused) {
                        return "refused " + refused.field() + " " + refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            long live = breaking.live().orElseThrow().articleId();
            assertThat(results).containsExactlyInAnyOrder("on " + live, "refused banner breaking.error.changed");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theNewsroomDeskSwitchesTheBannerForEditorsOnly() {
        Article story = published("Power cut across the city");
        TestContent.Login editorLogin = content.newAccount(Role.EDITOR);
        NewsroomClient desk = new NewsroomClient();
        desk.signIn(editorLogin.username(), editorLogin.password());
        Document page = desk.page("/newsroom/breaking?article=" + story.getId());
        assertThat(page.select("#article option[selected]").val()).isEqualTo(Long.toString(story.getId()));
        assertThat(page.select("label[for=text]")).isNotEmpty();
        Article old = content.publish(anArticle().withHeadline("An old story, chosen from its editor")
                .inSection(content.newSection()), java.time.Instant.parse("2001-01-01T10:00:00Z"));
        assertThat(desk.page("/newsroom/breaking?article=" + old.getId()).select("#article option[selected]").text())
                .as("offered although older than the newest").startsWith("An old story, chosen from its editor");
        assertThat(page.select("label[for=hours]")).isNotEmpty();

        HttpResponse<String> bad = desk.post("/newsroom/breaking", Map.of("article", Long.toString(story.getId()),
                "text", "Power\u0000cut", "hours", "2", "seen", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(bad.body());
        assertThat(refused.select("#text-error").text()).isNotBlank();
        assertThat(refused.select("#text").attr("aria-invalid")).isEqualTo("true");
        assertThat(breaking.live()).isEmpty();

        HttpResponse<String> on = desk.post("/newsroom/breaking", Map.of("article", Long.toString(story.getId()),
                "text", "", "hours", "2", "seen", ""));
        assertThat(on.statusCode()).isEqualTo(303);
        assertThat(banner("/").text()).contains("Power cut across the city");
        String seen = Long.toString(breaking.live().orElseThrow().id());

        HttpResponse<String> stale = desk.post("/newsroom/breaking", Map.of("article", Long.toString(story.getId()),
                "text", "Again", "hours", "2", "seen", ""));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.body()).select("#banner-error").text()).isNotBlank();

        TestContent.Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        assertThat(writer.get("/newsroom/breaking").statusCode()).isEqualTo(403);
        assertThat(writer.post("/newsroom/breaking/off", Map.of("seen", seen)).statusCode()).isEqualTo(403);
        assertThat(desk.postRaw("/newsroom/breaking/off", Map.of("seen", seen)).statusCode()).as("no CSRF token")
                .isEqualTo(403);
        assertThat(breaking.live()).isPresent();

        assertThat(desk.post("/newsroom/breaking/off", Map.of("seen", seen)).statusCode()).isEqualTo(303);
        assertThat(breaking.live()).isEmpty();
        assertThat(banner("/")).isNull();
    }

    private Article published(String headline) {
        return content.publish(anArticle().withHeadline(headline).inSection(content.newSection()), clock.now());
    }

    private String path(Article article) {
        Article read = articles.forEditing(editor, article.getId());
        return links.article(read.getPublishedAt(), read.getSlug());
    }

    /** The banner of the page at {@code path} as a reader gets it, or null. */
    private Element banner(String path) {
        return Jsoup.parse(reader.get(path).body()).selectFirst("header .breaking");
    }

    private static void assertRefused(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(FieldRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
