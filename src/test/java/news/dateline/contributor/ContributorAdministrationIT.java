package news.dateline.contributor;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editors edit, retire and delete contributor profiles; a profile named in bylines is never deleted. */
@ExtendWith(ArquillianExtension.class)
class ContributorAdministrationIT {

    private static final String LIST = "/newsroom/contributors";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ContributorAdministrationIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ContributorService contributors;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEditorEditsAndRetiresAProfileWhoseBylinesAndAuthorPageStay() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        Contributor anna = added(editor, "Anna Field " + id);
        String slug = anna.getSlug();
        String page = LIST + "/" + anna.getId();
        content.publish(anArticle().inSection(content.newSection()).bylinedToContributor(anna),
                Instant.parse("2020-03-01T08:00:00Z"));

        editor.page(page);
        HttpResponse<String> saved = editor.post(page, Map.of("name", "Anna Fields " + id, "bio", "Covers ports.",
                "photoId", "", "accountId", ""));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(NewsroomClient.location(saved)).isEqualTo(page);
        assertThat(flash(editor, page)).isEqualTo("Contributor Anna Fields " + id + " saved.");
        assertThat(flash(editor, page)).as("shown once").isNull();
        Contributor edited = contributors.find(anna.getId()).orElseThrow();
        assertThat(edited.getBio()).isEqualTo("Covers ports.");
        assertThat(edited.getSlug()).as("the author page keeps its address").isEqualTo(slug);

        assertThat(editor.post(page + "/retire", Map.of()).statusCode()).isEqualTo(303);
        assertThat(flash(editor, page)).startsWith("Contributor Anna Fields " + id + " retired");
        assertThat(contributors.offeredFor(List.of())).extracting(Contributor::getId).doesNotContain(anna.getId());
        assertThat(contributors.offeredFor(List.of(anna.getId()))).extracting(Contributor::getId)
                .contains(anna.getId());
        assertThat(new SiteClient().get("/author/" + slug).statusCode()).isEqualTo(200);
        assertThat(editor.page(LIST).selectFirst("#contributor-" + anna.getId()).text()).contains("Retired");

        assertThat(editor.post(page + "/restore", Map.of()).statusCode()).isEqualTo(303);
        assertThat(flash(editor, page)).isEqualTo("Contributor Anna Fields " + id + " is offered for bylines again.");
        assertThat(contributors.offeredFor(List.of())).extracting(Contributor::getId).contains(anna.getId());
    }

    @Test
    void aProfileNamedInABylineIsNotDeletedAndOneWithoutIs() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        Contributor bylined = added(editor, "Bylined " + id);
        content.draft(anArticle().inSection(content.newSection()).bylinedToContributor(bylined));
        Contributor unused = added(editor, "Unused " + id);

        HttpResponse<String> refused = editor.post(LIST + "/" + bylined.getId() + "/delete", Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text())
                .contains("bylines of 1 stories", "Retire it instead");
        assertThat(contributors.find(bylined.getId())).isPresent();
        HttpResponse<String> deleted = editor.post(LIST + "/" + unused.getId() + "/delete", Map.of());
        assertThat(NewsroomClient.location(deleted)).isEqualTo(LIST);
        assertThat(flash(editor, LIST)).isEqualTo("Contributor Unused " + id + " deleted.");
        assertThat(contributors.find(unused.getId())).isEmpty();
    }

    @Test
    void badValuesGetAMessageNextToTheirFieldAndNeverA500() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        Contributor existing = added(editor, "Existing " + id);
        String page = LIST + "/" + existing.getId();

        expectFieldError(editor.post(LIST, form("x".repeat(201), "", "", "")), "name");
        expectFieldError(editor.post(LIST, form("existing " + id.toUpperCase(), "", "", "")), "name");
        expectFieldError(editor.post(LIST, form("Bio " + id, "b".repeat(2001), "", "")), "bio");
        for (String photo : List.of("-5", "abc", "99999999999999999999", "999999999")) {
            expectFieldError(editor.post(LIST, form("Photo " + id, "", photo, "")), "photoId");
        }
        expectFieldError(editor.post(LIST, form("Account " + id, "", "", "-1")), "accountId");
        expectFieldError(editor.post(page, form("", "", "", "")), "name");
        expectFieldError(editor.post(page, form("Existing " + id, "z".repeat(1_000_000), "", "")), "bio");
        for (String path : List.of(LIST + "/-1", LIST + "/abc", LIST + "/999999999999", LIST + "/0")) {
            assertThat(editor.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(editor.post(LIST + "/999999999999/retire", Map.of()).statusCode()).isEqualTo(404);
        assertThat(editor.post(LIST + "/-3/delete", Map.of()).statusCode()).isEqualTo(404);

        assertThat(contributors.list()).extracting(Contributor::getName).noneMatch(n -> n.endsWith(" " + id)
                && !n.equals("Existing " + id));
        assertThat(contributors.find(existing.getId()).orElseThrow().getBio()).isEmpty();
    }

    @Test
    void twoIdenticalCreatesAtTheSameMomentGiveOneProfileAndOneFieldError() throws Exception {
        List<NewsroomClient> editors = List.of(signedIn(Role.EDITOR), signedIn(Role.EDITOR));
        editors.forEach(editor -> editor.get(LIST));
        for (int round = 0; round < 5; round++) {
            String name = "Twin " + round + " " + id;
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (NewsroomClient editor : editors) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return editor.post(LIST, form(name, "", "", ""));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).as(name).containsExactlyInAnyOrder(303, 400);
            assertThat(contributors.list()).extracting(Contributor::getName).filteredOn(name::equals).hasSize(1);
        }
    }

    @Test
    void aWriterCannotChangeProfilesEvenByCraftingTheRequests() {
        Contributor guarded = added(signedIn(Role.EDITOR), "Guarded " + id);
        String page = LIST + "/" + guarded.getId();
        NewsroomClient writer = signedIn(Role.WRITER);
        writer.get("/newsroom");

        assertThat(writer.get(page).statusCode()).isEqualTo(403);
        for (String path : List.of(LIST, page, page + "/retire", page + "/delete")) {
            assertThat(writer.post(path, form("Crafted " + id, "crafted", "", "")).statusCode()).as(path)
                    .isEqualTo(403);
        }

        Contributor unchanged = contributors.find(guarded.getId()).orElseThrow();
        assertThat(unchanged.getName()).isEqualTo("Guarded " + id);
        assertThat(unchanged.getBio()).isEmpty();
        assertThat(unchanged.isRetired()).isFalse();
        assertThat(contributors.list()).extracting(Contributor::getName).doesNotContain("Crafted " + id);
    }

    private Contributor added(NewsroomClient client, String name) {
        client.get(LIST);
        HttpResponse<String> response = client.post(LIST, form(name, "", "", ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        assertThat(flash(client, LIST)).isEqualTo("Contributor " + name + " added.");
        return contributors.list().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> form(String name, String bio, String photoId, String accountId) {
        return Map.of("name", name, "bio", bio, "photoId", photoId, "accountId", accountId);
    }

    private static String flash(NewsroomClient client, String path) {
        var flash = client.page(path).selectFirst("p.flash[role=status]");
        return flash == null ? null : flash.text();
    }

    private static void expectFieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(field).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("#" + field + "-error")).as(field).isNotNull();
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
}
