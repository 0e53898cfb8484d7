package news.dateline.front;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.Permalinks;
import news.dateline.publishing.PublicationScheduler;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.MovableClock;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
 * Curated fronts (issue 14, items 1–3, 8–10): editors arrange the home page and section pages in a draft,
 * readers see it once it is published; a story that leaves the site leaves every front at once and one
 * scheduled into a place appears when it publishes; two editors arranging at the same moment do not
 * overwrite each other; versions are kept and an older one can be put back; a front costs the same few
 * statements whatever it holds. Most tests arrange a section's front of their own, so that they do not
 * meet; the one that arranges the home page puts its default back.
 */
@ExtendWith(ArquillianExtension.class)
class FrontsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FrontsIT.class, MovableClock.class);
    }

    @Inject
    TestContent content;

    @Inject
    Fronts fronts;

    @Inject
    ArticleService articles;

    @Inject
    PublicationScheduler scheduler;

    @Inject
    Permalinks links;

    @Inject
    MovableClock clock;

    @Inject
    Event<FrontChanged> frontChanged;

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    UserTransaction transaction;

    private final SiteClient reader = new SiteClient();
    private Editor editor;
    private String section;
    private FrontKey front;
    private final List<Article> stories = new ArrayList<>();

    /** A section of its own with seven stories, the first the newest ("Story A" … "Story G"). */
    @BeforeEach
    void aSectionWithSevenStories() {
        editor = content.editorOf(content.newAccount(Role.EDITOR));
        section = content.newSection();
        front = FrontKey.section(section);
        Instant now = clock.now();
        for (char letter = 'A'; letter <= 'G'; letter++) {
            stories.add(content.publish(anArticle().withHeadline("Story " + letter + " " + section).inSection(section),
                    now.minus(Duration.ofMinutes(10L * (letter - 'A' + 1)))));
        }
    }

    @AfterEach
    void theClockAndTheHomePageAsTheyWere() throws Exception {
        clock.reset();
        transaction.begin();
        int removed = em.createNativeQuery("delete from front where section_id is null").executeUpdate();
        if (removed > 0) {
            frontChanged.fire(new FrontChanged(FrontKey.HOME));
        }
        transaction.commit();
    }

    @Test
    void anArrangedFrontIsWhatReadersSeeOnceItIsPublished() {
        assertThat(lead(sectionPage())).as("before any arrangement: the newest").isEqualTo(headline('A'));

        Fronts.Draft draft = fronts.draft(front);
        long revision = fronts.change(editor, front, draft.seen(), a -> a.makeLead(id('C')));
        revision = fronts.change(editor, front, Long.toString(revision), a -> a.place(0, id('E')));
        revision = fronts.change(editor, front, Long.toString(revision),
                a -> a.addBlock(BlockKind.COLLECTION, "Picked by the desk", null, 2).place(1, id('G')));
        revision = fronts.change(editor, front, Long.toString(revision),
                a -> a.override(0, 0, "C, in other words", "A lead for the front", null));

        assertThat(lead(sectionPage())).as("a draft is not on the site").isEqualTo(headline('A'));

        assertThat(fronts.publish(editor, front, Long.toString(revision), "C leads")).isEqualTo(1);

        Document page = sectionPage();
        assertThat(lead(page)).isEqualTo("C, in other words");
        assertThat(page.select(".lead-story .lead").text()).isEqualTo("A lead for the front");
        assertThat(page.select(".secondary h2 a").eachText()).containsExactly(headline('E'), headline('A'),
                headline('B'), headline('D'));
        Element picked = page.select(".front-block").stream()
                .filter(b -> b.selectFirst("h2").text().equals("Picked by the desk")).findFirst().orElseThrow();
        assertThat(picked.select("h3 a").eachText()).containsExactly(headline('G'));
        List<String> all = page.select("main h2 a, main h3 a").eachText();
        assertThat(new HashSet<>(all)).as("no story twice").hasSize(all.size());
        assertThat(all).contains(headline('F'));
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(links.absolute(links.section(section)));

        assertThatThrownBy(() -> fronts.publish(editor, front, Long.toString(fronts.draft(front).revision()), ""))
                .isInstanceOfSatisfying(FieldRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("front.error.nothingToPublish"));
    }

    @Test
    void aStoryThatLeavesTheSiteLeavesTheFrontWithinASecondAndAScheduledOneAppearsWhenItPublishes() throws Exception {
        Article later = content.draft(anArticle().withHeadline("Story later " + section).inSection(section));
        articles.schedule(editor, later.getId(), later.getVersion(), clock.now().plus(Duration.ofHours(1)), null);
        long revision = fronts.change(editor, front, fronts.draft(front).seen(), a -> a.makeLead(id('D')));
        revision = fronts.change(editor, front, Long.toString(revision), a -> a.place(0, later.getId()));
        fronts.publish(editor, front, Long.toString(revision), null);
        assertThat(lead(sectionPage())).isEqualTo(headline('D'));
        assertThat(reader.get(links.section(section)).headers().firstValue("X-Dateline-Cache")).hasValue("hit");
        assertThat(sectionPage().text()).doesNotContain("Story later");

        Article d = articles.forEditing(editor, id('D'));
        articles.withdraw(editor, d.getId(), d.getVersion(), "Wrong figures.");
        long start = System.nanoTime();
        Await.until("the withdrawn lead leaves the cached front", Duration.ofSeconds(1),
                () -> lead(sectionPage()).equals(headline('A')));
        System.out.println("A withdrawn lead left the cached front in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        assertThat(sectionPage().text()).doesNotContain(headline('D'));

        clock.move(Duration.ofMinutes(61));
        scheduler.publishDue();
        Await.until("the scheduled story takes its place when it publishes", Duration.ofSeconds(1),
                () -> lead(sectionPage()).equals("Story later " + section));
        assertThat(sectionPage().select(".secondary h2 a").eachText()).as("the newest fill the other places")
                .startsWith(headline('A'));
    }

    @Test
    void aLeadWithdrawnOnAnotherServerLeavesThisServersCachedFrontWithinASecond() throws Exception {
        long revision = fronts.change(editor, front, fronts.draft(front).seen(), a -> a.makeLead(id('E')));
        fronts.publish(editor, front, Long.toString(revision), null);
        assertThat(lead(sectionPage())).isEqualTo(headline('E'));
        assertThat(reader.get(links.section(section)).headers().firstValue("X-Dateline-Cache")).hasValue("hit");

        // Another server's withdrawal: the row, and its change recorded for every server with the story's tag.
        transaction.begin();
        em.createNativeQuery("update article set status = 'WITHDRAWN', withdrawal_reason = 'Wrong' where id = :id")
                .setParameter("id", id('E')).executeUpdate();
        em.createNativeQuery("insert into site_change (tags) values (:tags)")
                .setParameter("tags", news.dateline.platform.CacheTag.article(id('E'))).executeUpdate();
        transaction.commit();
        long start = System.nanoTime();
        Await.until("the other server's withdrawal", Duration.ofSeconds(2), () -> lead(sectionPage()).equals(headline('A')));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(sectionPage().text()).doesNotContain(headline('E'));
    }

    @Test
    void aFrontWhoseNewestStoryLeftIsNeverAStale304() {
        HttpResponse<String> first = reader.get(links.section(section));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lead(Jsoup.parse(first.body()))).isEqualTo(headline('A'));

        Article a = articles.forEditing(editor, id('A'));
        articles.withdraw(editor, a.getId(), a.getVersion(), "Wrong figures.");

        // The page now shows older stories only: its date went back, but its ETag changed, and the ETag decides.
        HttpResponse<String> again = reader.get(links.section(section), "If-None-Match", etag,
                "If-Modified-Since", lastModified);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(lead(Jsoup.parse(again.body()))).isEqualTo(headline('B'));
    }

    @Test
    void twoEditorsArrangingAtTheSameMomentDoNotOverwriteEachOther() throws Exception {
        Editor other = content.editorOf(content.newAccount(Role.EDITOR));
        String seen = fronts.draft(front).seen();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Map.Entry<Editor, Character> attempt : Map.of(editor, 'F', other, 'G').entrySet()) {
                outcomes.add(threads.submit((Callable<String>) () -> {
                    start.await();
                    try {
                        fronts.change(attempt.getKey(), front, seen, a -> a.makeLead(id(attempt.getValue())));
                        return "lead " + attempt.getValue();
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
            assertThat(results).contains("refused front front.error.changed");
            String winner = results.stream().filter(r -> r.startsWith("lead")).findFirst().orElseThrow();
            char lead = winner.charAt(winner.length() - 1);
            Fronts.Draft draft = fronts.draft(front);
            assertThat(draft.arrangement().top().slots()).extracting(Slot::articleId).containsExactly(id(lead));
            assertThat(draft.revision()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void publishedVersionsAreKeptAndAnOlderOneCanBePutBack() {
        long revision = fronts.change(editor, front, fronts.draft(front).seen(), a -> a.makeLead(id('C')));
        fronts.publish(editor, front, Long.toString(revision), "C first");
        revision = fronts.change(editor, front, Long.toString(fronts.draft(front).revision()), a -> a.makeLead(id('F')));
        assertThat(fronts.publish(editor, front, Long.toString(revision), "F now")).isEqualTo(2);
        assertThat(lead(sectionPage())).isEqualTo(headline('F'));

        assertThat(fronts.restore(editor, front, Long.toString(fronts.draft(front).revision()), "1")).isEqualTo(3);
        assertThat(lead(sectionPage())).isEqualTo(headline('C'));
        assertThat(fronts.draft(front).differsFromLive()).isFalse();

        List<Fronts.Version> history = fronts.history(front, 10);
        assertThat(history).extracting(Fronts.Version::number).containsExactly(3, 2, 1);
        assertThat(history.get(0).restoredFrom()).isEqualTo(1);
        assertThat(history.get(1).note()).isEqualTo("F now");
        assertThat(history.get(1).changes()).contains(
                new ArrangementChange(ArrangementChange.Kind.PLACED, id('F'), 0, 0),
                new ArrangementChange(ArrangementChange.Kind.MOVED, id('C'), 0, 1));

        assertThatThrownBy(() -> fronts.restore(editor, front, Long.toString(fronts.draft(front).revision()), "9"))
                .isInstanceOfSatisfying(FieldRefused.class, r -> assertThat(r.field()).isEqualTo("version"));
        assertThatThrownBy(() -> fronts.change(editor, front, "1", a -> a.makeLead(id('B'))))
                .as("a change made on an old revision").isInstanceOfSatisfying(FieldRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("front.error.changed"));
    }

    @Test
    void aFrontCostsTheSameTwoStatementsWhateverItHolds() throws Exception {
        String otherSection = content.newSection();
        for (int i = 0; i < 6; i++) {
            content.publish(anArticle().withHeadline("Elsewhere " + i).inSection(otherSection), clock.now()
                    .minus(Duration.ofMinutes(5 + i)));
        }
        long simple = fewestStatements(links.section(section));

        long revision = fronts.change(editor, front, fronts.draft(front).seen(), a -> a.makeLead(id('G')).place(0, id('F'))
                .addBlock(BlockKind.COLLECTION, "Picked", null, 4).place(1, id('E')).place(1, id('D'))
                .addBlock(BlockKind.SECTION, null, otherSection, 3)
                .addBlock(BlockKind.LATEST, null, null, 2)
                .addBlock(BlockKind.COLLECTION, "More picked", null, 3).place(4, id('B')));
        fronts.publish(editor, front, Long.toString(revision), null);
        long arranged = fewestStatements(links.section(section));
        Document page = sectionPage();
        assertThat(page.select(".front-block h2").eachText()).contains("Picked", "More picked");
        assertThat(page.text()).contains("Elsewhere 0");

        System.out.println("An uncached front: " + simple + " statements as the default, " + arranged
                + " with five blocks and five stories placed");
        assertThat(simple).isLessThanOrEqualTo(2);
        assertThat(arranged).isLessThanOrEqualTo(2);
    }

    @Test
    void theNinjsOfAFrontListsItsStoriesInOrderWithAnETag() {
        long revision = fronts.change(editor, front, fronts.draft(front).seen(), a -> a.makeLead(id('E'))
                .override(0, 0, "E, for other systems", null, null));
        fronts.publish(editor, front, Long.toString(revision), null);

        HttpResponse<String> answer = reader.get("/api/ninjs/fronts/" + front.path());
        assertThat(answer.statusCode()).isEqualTo(200);
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject();
        assertThat(json.getString("type")).isEqualTo("composite");
        jakarta.json.JsonArray associations = json.getJsonArray("associations");
        assertThat(associations.getJsonObject(0).getString("name")).isEqualTo("lead");
        assertThat(associations.getJsonObject(0).getJsonArray("headlines").getJsonObject(0).getString("value"))
                .isEqualTo("E, for other systems");
        assertThat(associations.getJsonObject(0).getString("uri")).startsWith(links.base());
        assertThat(associations.getJsonObject(1).getString("name")).isEqualTo("secondary-1");
        assertThat(associations.getJsonObject(1).getJsonArray("headlines").getJsonObject(0).getString("value"))
                .isEqualTo(headline('A'));
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        assertThat(reader.get("/api/ninjs/fronts/" + front.path(), "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(reader.get("/api/ninjs/fronts/section/no-such-section").statusCode()).isEqualTo(404);
    }

    @Test
    void theHomePageIsAFrontAndAllNewsKeepsItsOwnAddress() {
        Document home = reader.page("/");
        assertThat(home.select(".lead-story h2 a")).hasSize(1);
        assertThat(home.select("header nav.sections a").eachAttr("href")).contains("/news");

        assertThatThrownBy(() -> fronts.change(editor, FrontKey.HOME, "0-0123456789abcdef", a -> a.makeLead(id('G'))))
                .as("the default home page changed since it was shown").isInstanceOfSatisfying(FieldRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("front.error.changed"));
        long revision = fronts.change(editor, FrontKey.HOME, fronts.draft(FrontKey.HOME).seen(),
                a -> a.makeLead(id('G')));
        fronts.publish(editor, FrontKey.HOME, Long.toString(revision), null);
        assertThat(reader.page("/").select(".lead-story h2 a").text()).isEqualTo(headline('G'));

        Document allNews = reader.page("/news");
        assertThat(allNews.select("h1").text()).isEqualTo("All news");
        assertThat(allNews.select(".news-item h2 a")).hasSizeBetween(1, 20);
        assertThat(allNews.select(".lead-story")).as("a listing, not a front").isEmpty();
        String older = allNews.select("a.older").attr("href");
        if (!older.isEmpty()) {
            String token = older.substring(older.indexOf("before=") + "before=".length());
            HttpResponse<String> moved = reader.get("/?before=" + token);
            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/news?before=" + token);
        }
    }

    @Test
    void theNewsroomArrangesAFrontWithFormsAloneForEditorsOnly() {
        TestContent.Login login = content.newAccount(Role.EDITOR);
        NewsroomClient desk = new NewsroomClient();
        desk.signIn(login.username(), login.password());
        String url = "/newsroom/fronts/" + front.path();
        assertThat(desk.page("/newsroom/fronts").select("a[href='" + url + "']")).hasSize(1);

        Document found = desk.page(url + "?q=" + "Story+C+" + section);
        Element result = found.selectFirst("#found-" + id('C'));
        assertThat(result).isNotNull();
        HttpResponse<String> led = submit(desk, result.selectFirst("form[action$='/lead']"));
        assertThat(led.statusCode()).isEqualTo(303);
        Document editorPage = desk.page(url);
        assertThat(editorPage.select("#slot-0-0 .slot-headline").text()).isEqualTo(headline('C'));
        assertThat(editorPage.select("label[for=note]")).isNotEmpty();
        assertThat(editorPage.select("label[for=slot-0-0-headline]")).isNotEmpty();

        Map<String, String> placement = fields(editorPage.selectFirst("#slot-0-0 form[action$='/placement']"));
        placement.put("headline", "C\u0000 broken");
        HttpResponse<String> bad = desk.post(url + "/placement", placement);
        assertThat(bad.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(bad.body());
        assertThat(refused.select("#slot-0-0 .field-error").text()).isNotBlank();
        assertThat(refused.select("#slot-0-0-headline").attr("aria-invalid")).isEqualTo("true");
        assertThat(fronts.draft(front).arrangement().top().slots().get(0).headline()).isNull();

        Map<String, String> addBlock = fields(editorPage.selectFirst("form[action$='/add-block']"));
        addBlock.put("size", "many");
        assertThat(desk.post(url + "/add-block", addBlock).statusCode()).isEqualTo(400);
        addBlock.put("size", "4");
        addBlock.put("kind", "SECTION");
        addBlock.put("section", "world\u0000");
        HttpResponse<String> strayCharacter = desk.post(url + "/add-block", addBlock);
        assertThat(strayCharacter.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(strayCharacter.body()).select(".front-add-block .field-error").text()).isNotBlank();

        Map<String, String> stale = fields(editorPage.selectFirst("#slot-0-0 form[action$='/remove']"));
        fronts.change(editor, front, Long.toString(fronts.draft(front).revision()), a -> a.place(0, id('B')));
        HttpResponse<String> conflict = desk.post(url + "/remove", stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(conflict.body()).select(".error-summary").text()).contains("Another editor");
        assertThat(fronts.draft(front).arrangement().top().slots()).extracting(Slot::articleId)
                .as("nothing was lost").containsExactly(id('C'), id('B'));

        Document current = desk.page(url);
        Map<String, String> publish = fields(current.selectFirst("form[action$='/publish']"));
        publish.put("note", "C leads, B follows");
        assertThat(desk.post(url + "/publish", publish).statusCode()).isEqualTo(303);
        assertThat(lead(sectionPage())).isEqualTo(headline('C'));
        Document history = desk.page(url + "/history");
        assertThat(history.select("#version-1").text()).contains("C leads, B follows", headline('C'));

        assertThat(desk.get(url + "/preview").statusCode()).isEqualTo(200);
        Map<String, String> noToken = new LinkedHashMap<>(publish);
        noToken.remove("_csrf");
        assertThat(desk.postRaw(url + "/publish", noToken).statusCode()).as("no CSRF token").isEqualTo(403);

        TestContent.Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        assertThat(writer.get(url).statusCode()).isEqualTo(403);
        assertThat(writer.get(url + "/preview").statusCode()).isEqualTo(403);
        assertThat(writer.post(url + "/lead", Map.of("seen", "0", "article", Long.toString(id('A')))).statusCode())
                .isEqualTo(403);
        assertThat(reader.get(url).statusCode()).as("signed out").isIn(303, 302, 401, 403);
    }

    private long fewestStatements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long fewest = Long.MAX_VALUE;
        try {
            for (int i = 0; i < 3; i++) {
                // A change of another page's article drops every cached front: the next request renders.
                frontChangedNow();
                statistics.clear();
                HttpResponse<String> page = reader.get(path);
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.headers().firstValue("X-Dateline-Cache")).hasValue("miss");
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return fewest;
    }

    private void frontChangedNow() {
        try {
            transaction.begin();
            frontChanged.fire(new FrontChanged(front));
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> submit(NewsroomClient client, Element form) {
        return client.post(form.attr("action"), fields(form));
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), chosen == null ? input.selectFirst("option").val() : chosen.val());
            } else if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.text());
            } else {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    private Document sectionPage() {
        return reader.page(links.section(section));
    }

    private static String lead(Document page) {
        return page.select(".lead-story h2 a").text();
    }

    private String headline(char letter) {
        return "Story " + letter + " " + section;
    }

    private long id(char letter) {
        return stories.get(letter - 'A').getId();
    }
}
