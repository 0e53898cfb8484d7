package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Revisions, comparison, restore and corrections: history is kept and never rewritten. */
@ExtendWith(ArquillianExtension.class)
class ArticleHistoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ArticleHistoryIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    private final SiteClient site = new SiteClient();

    @Test
    void restoringARevisionBringsBackTheLanguageItsWordsWereWrittenIn() {
        Login login = content.newAccount(Role.EDITOR);
        Editor editor = content.editorOf(login);
        String section = content.newSection();
        Article article = content.draftBy(login, anArticle().inSection(section).withHeadline("Ferry strike ends")
                .inLanguage("en"));
        Article translated = articles.update(editor, article.getId(), article.getVersion(), anArticle()
                .inSection(section).withHeadline("Забастовка паромщиков закончилась").inLanguage("ru").draft());

        Article restored = articles.restore(editor, translated.getId(), translated.getVersion(), 1);

        assertThat(translated.getLanguage()).isEqualTo("ru");
        assertThat(restored.getHeadline()).isEqualTo("Ferry strike ends");
        assertThat(restored.getLanguage()).isEqualTo("en");
    }

    @Test
    void everySaveKeepsARevisionAndRestoringAnOldOneAddsANewRevision() {
        Login login = content.newAccount(Role.EDITOR);
        Editor editor = content.editorOf(login);
        String section = content.newSection();
        Article article = content.draftBy(login, anArticle().inSection(section).withHeadline("First headline")
                .withBody("<p>The original wording of the story.</p>"));
        Article second = articles.update(editor, article.getId(), article.getVersion(), anArticle().inSection(section)
                .withHeadline("Second headline").withBody("<p>The revised wording of the story.</p>").draft());

        Article restored = articles.restore(editor, second.getId(), second.getVersion(), 1);

        List<ArticleRevision> revisions = articles.revisions(editor, article.getId());
        assertThat(revisions).extracting(ArticleRevision::getNumber).containsExactly(3, 2, 1);
        assertThat(revisions).extracting(ArticleRevision::getHeadline)
                .containsExactly("First headline", "Second headline", "First headline");
        assertThat(revisions.get(0).getReason()).isEqualTo("restore of 1");
        assertThat(restored.getHeadline()).isEqualTo("First headline");
        assertThat(restored.getBodyHtml()).isEqualTo("<p>The original wording of the story.</p>");
    }

    @Test
    void twoRevisionsCompareWordByWordAndFieldByField() {
        Login login = content.newAccount(Role.EDITOR);
        String section = content.newSection();
        Article article = content.draftBy(login, anArticle().inSection(section).withHeadline("Talks resume in Vienna")
                .withBody("<p>Diplomats met on Tuesday.</p>"));
        articles.update(content.editorOf(login), article.getId(), article.getVersion(), anArticle().inSection(section)
                .withHeadline("Talks resume in Geneva").withBody("<p>Diplomats met on Wednesday.</p>")
                .taggedWith("Diplomacy").draft());
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());

        Document compare = client.page("/newsroom/articles/" + article.getId() + "/compare?from=1&to=2");

        assertThat(compare.select("tr.changed th").eachText()).contains("Headline", "Body", "Tags")
                .doesNotContain("Section", "Lead");
        assertThat(compare.select("tr.changed del").eachText()).contains("Vienna", "Tuesday.");
        assertThat(compare.select("tr.changed ins").eachText()).contains("Geneva", "Wednesday.", "Diplomacy");
    }

    @Test
    void aCorrectionKeepsTheAddressShowsTheNoteAndKeepsBothVersions() {
        Login login = content.newAccount(Role.EDITOR);
        String section = content.newSection();
        NewsroomClient client = new NewsroomClient();
        client.signIn(login.username(), login.password());
        client.get("/newsroom/articles/new");
        HttpResponse<String> published = client.postMultipart("/newsroom/articles", Map.of("headline",
                "Mayor opens bridge " + System.nanoTime(), "section", section, "body", "The bridge cost 10 million.",
                "action", "publish"), null, null, null);
        String editUrl = NewsroomClient.location(published).replaceAll("\\?.*", "");
        Document form = client.page(editUrl);
        String path = form.selectFirst(".article-state a").attr("href");

        HttpResponse<String> corrected = client.postMultipart(editUrl, Map.of("headline",
                form.selectFirst("#headline").val(), "section", section, "body", "The bridge cost 12 million.",
                "version", form.selectFirst("input[name=version]").val(), "action", "save",
                "correctionNote", "An earlier version gave the cost as 10 million."), null, null, null);
        Document page = site.page(path);
        Document after = client.page(editUrl);

        assertThat(corrected.statusCode()).isEqualTo(303);
        assertThat(page.selectFirst(".corrections").text()).contains("Corrected on",
                "An earlier version gave the cost as 10 million.");
        assertThat(page.selectFirst(".updated").text()).startsWith("Updated");
        assertThat(page.selectFirst(".article-body").text()).contains("12 million");
        assertThat(after.select(".revisions tbody tr td:nth-child(4)").eachText()).contains("correction", "published");
        long articleId = Long.parseLong(editUrl.substring(editUrl.lastIndexOf('/') + 1));
        assertThat(articles.revisions(content.editorOf(login), articleId).stream()
                .map(ArticleRevision::getBodyHtml)).contains("<p>The bridge cost 10 million.</p>",
                "<p>The bridge cost 12 million.</p>");
    }

    @Test
    void aDraftCannotBeCorrected() {
        Login login = content.newAccount(Role.EDITOR);
        Article draft = content.draftBy(login, anArticle().inSection(content.newSection()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.update(content.editorOf(login),
                draft.getId(), draft.getVersion(), anArticle().inSection(draft.getSection().getSlug()).draft(),
                "A correction")).isInstanceOfSatisfying(ArticleRefused.class, refused -> org.assertj.core.api.Assertions
                .assertThat(refused.messageKey()).isEqualTo("article.error.correctOnlyPublished"));
    }
}
