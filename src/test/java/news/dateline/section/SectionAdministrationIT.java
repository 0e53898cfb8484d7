package news.dateline.section;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editors rename, reorder, retire and delete sections through the sections page; each action says what it did. */
@ExtendWith(ArquillianExtension.class)
class SectionAdministrationIT {

    private static final String PAGE = "/newsroom/sections";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SectionAdministrationIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    SectionService sections;

    @PersistenceContext
    EntityManager em;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEditorRenamesMovesAndRetiresASectionAndEachActionSaysSoOnce() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String first = added(editor, "Harbour " + id);
        String second = added(editor, "Rail " + id);

        expectDone(editor.post(PAGE + "/" + first, Map.of("name", "Harbours " + id)));
        assertThat(flashOn(editor)).isEqualTo("Section renamed to Harbours " + id + ".");
        assertThat(flashOn(editor)).as("shown once").isNull();
        assertThat(sections.findBySlug(first).orElseThrow().getName()).as("the slug stays").isEqualTo("Harbours " + id);

        int before = position(first);
        expectDone(editor.post(PAGE + "/" + second + "/up", Map.of()));
        assertThat(flashOn(editor)).isEqualTo("Section Rail " + id + " moved up.");
        assertThat(position(second)).isEqualTo(before);
        assertThat(position(first)).isGreaterThan(before);
        expectDone(editor.post(PAGE + "/" + second + "/down", Map.of()));
        assertThat(flashOn(editor)).isEqualTo("Section Rail " + id + " moved down.");
        assertThat(position(first)).isEqualTo(before);

        expectDone(editor.post(PAGE + "/" + first + "/retire", Map.of()));
        assertThat(flashOn(editor)).startsWith("Section Harbours " + id + " retired");
        assertThat(sections.offeredFor(null)).extracting(SectionLink::slug).doesNotContain(first).contains(second);
        assertThat(sections.offeredFor(first)).as("a story in it keeps it").extracting(SectionLink::slug).contains(first);
        expectDone(editor.post(PAGE + "/" + first + "/restore", Map.of()));
        assertThat(flashOn(editor)).isEqualTo("Section Harbours " + id + " is offered for new stories again.");
        assertThat(sections.offeredFor(null)).extracting(SectionLink::slug).contains(first);
        assertThat(duplicatePositions()).isZero();
    }

    @Test
    void aSectionAddedAtATakenPositionMovesTheOthersDownAndPositionsStayUnique() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String first = added(editor, "Ports " + id);
        int place = position(first);

        editor.get(PAGE);
        expectDone(editor.post(PAGE, Map.of("name", "Airports " + id, "position", Integer.toString(place))));

        assertThat(position(Slugs.of("Airports " + id))).isEqualTo(place);
        assertThat(position(first)).isEqualTo(place + 1);
        assertThat(duplicatePositions()).isZero();
    }

    @Test
    void aSectionWithStoriesIsNotDeletedAndOneWithoutIs() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String used = added(editor, "Used " + id);
        content.draft(anArticle().inSection(used));
        String empty = added(editor, "Empty " + id);

        HttpResponse<String> refused = editor.post(PAGE + "/" + used + "/delete", Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text()).contains("has 1 stories",
                "Retire it instead");
        assertThat(sections.findBySlug(used)).isPresent();
        expectDone(editor.post(PAGE + "/" + empty + "/delete", Map.of()));
        assertThat(flashOn(editor)).isEqualTo("Section Empty " + id + " deleted.");
        assertThat(sections.findBySlug(empty)).isEmpty();
    }

    @Test
    void badValuesGetAMessageNextToTheirFieldAndChangeNothing() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String existing = added(editor, "Courts " + id);
        long before = count();

        expectFieldError(editor.post(PAGE, Map.of("name", "x".repeat(81), "position", "")), "name");
        expectFieldError(editor.post(PAGE, Map.of("name", "!!! ???", "position", "")), "name");
        expectFieldError(editor.post(PAGE, Map.of("name", "courts " + id.toUpperCase(), "position", "")), "name");
        for (String position : List.of("-1", "abc", "99999999999", "1.5", "１")) {
            expectFieldError(editor.post(PAGE, Map.of("name", "Positions " + id, "position", position)), "position");
        }
        expectFieldError(editor.post(PAGE + "/" + existing, Map.of("name", " ")), "name-" + existing);
        expectFieldError(editor.post(PAGE + "/" + existing, Map.of("name", "y".repeat(1_000_000))), "name-" + existing);
        assertThat(editor.post(PAGE + "/no-such-" + id + "/up", Map.of()).statusCode()).isEqualTo(404);
        assertThat(editor.post(PAGE + "/-1/retire", Map.of()).statusCode()).isEqualTo(404);

        assertThat(count()).isEqualTo(before);
        assertThat(sections.findBySlug(existing).orElseThrow().getName()).isEqualTo("Courts " + id);
    }

    @Test
    void twoIdenticalCreatesAtTheSameMomentGiveOneSectionAndOneFieldError() throws Exception {
        List<NewsroomClient> editors = List.of(signedIn(Role.EDITOR), signedIn(Role.EDITOR));
        editors.forEach(editor -> editor.get(PAGE));
        for (int round = 0; round < 5; round++) {
            String name = "Race " + round + " " + id;
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (NewsroomClient editor : editors) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return editor.post(PAGE, Map.of("name", name, "position", "1"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).as(name).containsExactlyInAnyOrder(303, 400);
        }
        assertThat(duplicatePositions()).isZero();
    }

    @Test
    void aWriterCannotChangeSectionsEvenByCraftingTheRequests() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        String section = added(editor, "Guarded " + id);
        int place = position(section);
        NewsroomClient writer = signedIn(Role.WRITER);
        writer.get("/newsroom");

        assertThat(writer.get(PAGE).statusCode()).isEqualTo(403);
        for (String path : List.of(PAGE, PAGE + "/" + section, PAGE + "/" + section + "/up",
                PAGE + "/" + section + "/down", PAGE + "/" + section + "/retire", PAGE + "/" + section + "/delete")) {
            assertThat(writer.post(path, Map.of("name", "Taken over " + id, "position", "0")).statusCode())
                    .as(path).isEqualTo(403);
        }

        Section unchanged = sections.findBySlug(section).orElseThrow();
        assertThat(unchanged.getName()).isEqualTo("Guarded " + id);
        assertThat(unchanged.getPosition()).isEqualTo(place);
        assertThat(unchanged.isRetired()).isFalse();
        assertThat(sections.findBySlug(Slugs.of("Taken over " + id))).isEmpty();
    }

    private String added(NewsroomClient client, String name) {
        client.get(PAGE);
        expectDone(client.post(PAGE, Map.of("name", name, "position", "")));
        assertThat(flashOn(client)).isEqualTo("Section " + name + " added.");
        return Slugs.of(name);
    }

    private static String flashOn(NewsroomClient client) {
        Document page = client.page(PAGE);
        var flash = page.selectFirst("p.flash[role=status]");
        return flash == null ? null : flash.text();
    }

    private static void expectDone(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        assertThat(NewsroomClient.location(response)).isEqualTo(PAGE);
    }

    private static void expectFieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("#" + field + "-error")).as(field).isNotNull();
    }

    private int position(String slug) {
        return sections.findBySlug(slug).orElseThrow().getPosition();
    }

    private long count() {
        return ((Number) em.createNativeQuery("select count(*) from section").getSingleResult()).longValue();
    }

    private long duplicatePositions() {
        return ((Number) em.createNativeQuery("select count(*) - count(distinct position) from section")
                .getSingleResult()).longValue();
    }

    private NewsroomClient signedIn(Role role) {
        TestContent.Login login = content.newAccount(role);
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The slug a section name gets. */
    private static final class Slugs {
        static String of(String name) {
            return news.dateline.platform.Slug.fromTitle(name).value();
        }
    }
}
