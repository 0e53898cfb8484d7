package news.dateline.desk;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A writer is told when an editor schedules their story and when a correction of it is published;
 * the editor who did it, other writers and other editors are not.
 */
@ExtendWith(ArquillianExtension.class)
class StoryNotificationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(StoryNotificationsIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    Inbox inbox;

    @Test
    void schedulingAWritersStoryTellsTheWriterAndNobodyElse() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Login otherWriter = content.newAccount(Role.WRITER);
        Login editorLogin = content.newAccount(Role.EDITOR);
        Login otherEditor = content.newAccount(Role.EDITOR);
        Editor writer = content.editorOf(writerLogin);
        Editor editor = content.editorOf(editorLogin);
        Article draft = content.draftBy(writerLogin, anArticle().inSection(content.newSection())
                .withHeadline("Ferry timetable to change " + writerLogin.username()));
        Article submitted = articles.submit(writer, draft.getId(), draft.getVersion());
        Instant at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);

        Article scheduled = articles.schedule(editor, submitted.getId(), submitted.getVersion(), at, null);

        assertThat(kindsFor(writerLogin, scheduled.getId())).containsExactly(NotificationKind.SCHEDULED);
        assertThat(kindsFor(editorLogin, scheduled.getId())).as("not told of their own action")
                .containsExactly(NotificationKind.SUBMITTED);
        assertThat(kindsFor(otherEditor, scheduled.getId())).as("told of the submission only")
                .containsExactly(NotificationKind.SUBMITTED);
        assertThat(kindsFor(otherWriter, scheduled.getId())).isEmpty();
        Document notifications = signedIn(writerLogin).page("/newsroom/notifications");
        assertThat(notifications.select(".notifications li.unread").text())
                .contains("Test " + editorLogin.username() + " scheduled your story", scheduled.getHeadline());
    }

    @Test
    void aCorrectionOfAPublishedStoryTellsItsWriterAndNobodyElse() {
        Login writerLogin = content.newAccount(Role.WRITER);
        Login editorLogin = content.newAccount(Role.EDITOR);
        Login otherEditor = content.newAccount(Role.EDITOR);
        Editor writer = content.editorOf(writerLogin);
        Editor editor = content.editorOf(editorLogin);
        String section = content.newSection();
        Article draft = content.draftBy(writerLogin, anArticle().inSection(section)
                .withHeadline("Harbour dues rise " + writerLogin.username()));
        Article submitted = articles.submit(writer, draft.getId(), draft.getVersion());
        Article published = articles.publish(editor, submitted.getId(), submitted.getVersion());
        List<NotificationKind> before = kindsFor(writerLogin, published.getId());

        Article corrected = articles.update(editor, published.getId(), published.getVersion(), anArticle()
                .inSection(section).withHeadline(published.getHeadline()).withLead("The dues rise by 4%, not 40%.")
                .draft(), "An earlier version gave the rise as 40%.");

        assertThat(before).containsExactly(NotificationKind.PUBLISHED);
        assertThat(kindsFor(writerLogin, corrected.getId())).containsExactly(NotificationKind.CORRECTED,
                NotificationKind.PUBLISHED);
        assertThat(kindsFor(editorLogin, corrected.getId())).as("not told of their own actions")
                .containsExactly(NotificationKind.SUBMITTED);
        assertThat(kindsFor(otherEditor, corrected.getId())).containsExactly(NotificationKind.SUBMITTED);
        Document notifications = signedIn(writerLogin).page("/newsroom/notifications");
        assertThat(notifications.select(".notifications li.unread").first().text())
                .contains("Test " + editorLogin.username() + " published a correction of your story",
                        corrected.getHeadline());
    }

    /** The kinds of the notifications this person has about the story, newest first. */
    private List<NotificationKind> kindsFor(Login login, long articleId) {
        return inbox.page(content.editorOf(login), null, 50).stream().filter(item -> item.articleId() == articleId)
                .map(Inbox.Item::kind).toList();
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }
}
