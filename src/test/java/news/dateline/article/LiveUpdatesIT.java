package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.dateline.account.AccessDeniedException;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.Permalinks;
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
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live stories (issue 14, item 6): an update posted to a published story is on its page (newest first,
 * cached pages included), in its JSON for the page's polling (with an ETag), in the feeds as an item of
 * its own and in the page's LiveBlogPosting structured data; bad input and a story not on the site are
 * refused with the field and change nothing; only editors post.
 */
@ExtendWith(ArquillianExtension.class)
class LiveUpdatesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(LiveUpdatesIT.class, MovableClock.class);
    }

    @Inject
    TestContent content;

    @Inject
    LiveUpdates updates;

    @Inject
    ArticleService articles;

    @Inject
    Permalinks links;

    @Inject
    MovableClock clock;

    private final SiteClient reader = new SiteClient();
    private Editor editor;
    private Article story;
    private String path;
    private String section;

    @BeforeEach
    void aPublishedStory() {
        editor = content.editorOf(content.newAccount(Role.EDITOR));
        section = content.newSection();
        story = content.publish(anArticle().withHeadline("Summit talks live").withLead("Leaders meet in Geneva.")
                .inSection(section), clock.now().minus(Duration.ofHours(1)));
        path = links.article(story.getPublishedAt(), story.getSlug());
    }

    @AfterEach
    void theClockAsItWas() {
        clock.reset();
    }

    @Test
    void anUpdateIsOnThePageInItsJsonInTheFeedsAndInTheStructuredData() {
        reader.get(path);
        assertThat(reader.get(path).headers().firstValue("X-Dateline-Cache")).hasValue("hit");
        assertThat(Jsoup.parse(reader.get(path).body()).select(".live-updates")).as("not live yet").isEmpty();
        assertThat(reader.get(links.liveUpdates(story.getId())).body()).contains("\"updates\":[]");

        long first = updates.post(editor, story.getId(), "Delegates arrive at the palace.", "");
        clock.move(Duration.ofMinutes(5));
        long second = updates.post(editor, story.getId(), "Talks begin.\r\n\r\nThe agenda has four points.", null);

        Document page = reader.page(path);
        assertThat(page.select(".live-update")).extracting(e -> e.id())
                .containsExactly("update-" + second, "update-" + first);
        assertThat(page.select("#update-" + second + " > p:not(.live-meta)").eachText())
                .containsExactly("Talks begin.", "The agenda has four points.");
        assertThat(page.select("#update-" + second + " .live-author").text()).isNotBlank();
        assertThat(page.select("script[src*=live]")).hasSize(1);

        JsonObject jsonLd = Json.createReader(new StringReader(page.select("script[type=application/ld+json]").html()))
                .readObject();
        assertThat(jsonLd.getString("@type")).isEqualTo("LiveBlogPosting");
        JsonArray posted = jsonLd.getJsonArray("liveBlogUpdate");
        assertThat(posted).hasSize(2);
        assertThat(posted.getJsonObject(0).getString("@type")).isEqualTo("BlogPosting");
        assertThat(posted.getJsonObject(0).getString("articleBody")).contains("The agenda has four points.");
        assertThat(posted.getJsonObject(0).getString("url")).isEqualTo(links.absolute(path) + "#update-" + second);

        HttpResponse<String> json = reader.get(links.liveUpdates(story.getId()));
        JsonArray listed = Json.createReader(new StringReader(json.body())).readObject().getJsonArray("updates");
        assertThat(listed.getJsonObject(0).getString("anchor")).isEqualTo("update-" + second);
        assertThat(listed.getJsonObject(0).getJsonArray("paragraphs")).hasSize(2);
        String etag = json.headers().firstValue("ETag").orElseThrow();
        assertThat(reader.get(links.liveUpdates(story.getId()), "If-None-Match", etag).statusCode()).isEqualTo(304);

        for (String feed : List.of("/feeds/all.rss", "/section/" + section + "/feed.rss")) {
            Document rss = Jsoup.parse(reader.get(feed).body(), "", Parser.xmlParser());
            assertThat(rss.select("item > link").eachText()).as(feed)
                    .contains(links.absolute(path) + "#update-" + second, links.absolute(path) + "#update-" + first);
        }
        Document sectionFeed = Jsoup.parse(reader.get("/section/" + section + "/feed.rss").body(), "", Parser.xmlParser());
        assertThat(sectionFeed.select("item > link").eachText()).as("newest first: the updates, then the story")
                .containsExactly(links.absolute(path) + "#update-" + second, links.absolute(path) + "#update-" + first,
                        links.absolute(path));
        Document atom = Jsoup.parse(reader.get("/section/" + section + "/feed.atom").body(), "", Parser.xmlParser());
        assertThat(atom.select("entry > id").eachText()).contains(links.absolute(path) + "#update-" + second);

        updates.remove(editor, story.getId(), first);
        assertThat(reader.page(path).select(".live-update")).hasSize(1);
        assertThat(reader.get(links.liveUpdates(story.getId())).body()).doesNotContain("update-" + first);
    }

    @Test
    void badUpdatesAndStoriesNotOnTheSiteAreRefusedAndChangeNothing() {
        assertRefused(() -> updates.post(editor, story.getId(), "  ", null), "text", "live.error.empty");
        assertRefused(() -> updates.post(editor, story.getId(), "Nul\u0000byte", null), "text", FormInput.UNUSABLE);
        assertRefused(() -> updates.post(editor, story.getId(), "Lone \uD800 surrogate", null), "text", FormInput.UNUSABLE);
        assertRefused(() -> updates.post(editor, story.getId(), "x".repeat(LiveUpdates.MAX_TEXT_LENGTH + 1), null),
                "text", "live.error.tooLong");
        assertRefused(() -> updates.post(editor, story.getId(), "With a photo", "99999999999"), "photo",
                "live.error.noSuchPhoto");
        assertRefused(() -> updates.post(editor, story.getId(), "With a photo", "photo"), "photo",
                "live.error.noSuchPhoto");
        Article draft = content.draft(anArticle().inSection(section));
        assertRefused(() -> updates.post(editor, draft.getId(), "Too early", null), "article", "live.error.notPublished");
        assertRefused(() -> updates.remove(editor, story.getId(), 424242424242L), "update", "live.error.noSuchUpdate");
        Editor writer = content.editorOf(content.newAccount(Role.WRITER));
        assertThatThrownBy(() -> updates.post(writer, story.getId(), "From a writer", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(updates.of(story.getId(), 10)).isEmpty();
    }

    @Test
    void theNewsroomPostsWithOneFieldAndOneButtonForEditorsOnly() {
        TestContent.Login login = content.newAccount(Role.EDITOR);
        NewsroomClient desk = new NewsroomClient();
        desk.signIn(login.username(), login.password());
        String url = "/newsroom/articles/" + story.getId() + "/live";
        Document form = desk.page(url);
        assertThat(form.select("label[for=text]")).isNotEmpty();
        assertThat(form.select("form[action='" + url + "'] button[type=submit]")).hasSize(1);

        HttpResponse<String> bad = desk.post(url, Map.of("text", "Bad\u0000text", "photo", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(bad.body());
        assertThat(refused.select("#text-error").text()).isNotBlank();
        assertThat(refused.select("#text").attr("aria-invalid")).isEqualTo("true");

        assertThat(desk.post(url, Map.of("text", "Posted from the desk")).statusCode()).isEqualTo(303);
        assertThat(reader.page(path).select(".live-update").text()).contains("Posted from the desk");
        Document listed = desk.page(url);
        assertThat(listed.select(".live-posted li").text()).contains("Posted from the desk");

        Map<String, String> noToken = Map.of("text", "Without a token");
        assertThat(desk.postRaw(url, noToken).statusCode()).as("no CSRF token").isEqualTo(403);
        TestContent.Login writerLogin = content.newAccount(Role.WRITER);
        NewsroomClient writer = new NewsroomClient();
        writer.signIn(writerLogin.username(), writerLogin.password());
        assertThat(writer.get(url).statusCode()).isEqualTo(403);
        assertThat(writer.post(url, Map.of("text", "From a writer")).statusCode()).isEqualTo(403);
        assertThat(updates.of(story.getId(), 10)).hasSize(1);
    }

    private static void assertRefused(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(FieldRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
