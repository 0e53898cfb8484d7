package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.platform.Language;
import news.dateline.platform.PageRenderer;
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

/**
 * The newsroom speaks each user's language (issue 15, item 2): before sign-in the one their browser asks
 * for, after it the one their account chose (or still their browser's), with dates in that language. The
 * choice is theirs alone, is checked like every form, and a crafted request cannot set it.
 */
@ExtendWith(ArquillianExtension.class)
class InterfaceLanguageIT {

    private static final String RUSSIAN = "ru-RU,ru;q=0.9,en;q=0.5";
    private static final String ENGLISH = "en-GB,en;q=0.9";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(InterfaceLanguageIT.class);
    }

    @Inject
    TestContent content;

    @PersistenceContext
    EntityManager em;

    @Test
    void theSignInPageSpeaksTheBrowsersLanguage() {
        NewsroomClient client = new NewsroomClient();
        Document russian = page(client, "/newsroom/login", RUSSIAN);
        Document english = page(client, "/newsroom/login", ENGLISH);
        Document other = page(client, "/newsroom/login", "de-DE,fr;q=0.8");
        HttpResponse<String> broken = client.getWithHeaders("/newsroom/login", "Accept-Language", ";q=abc,,=*;;");

        assertThat(russian.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.selectFirst("button[type=submit]").text()).isEqualTo(PageRenderer.message(Language.RU, "login.submit"));
        assertThat(russian.selectFirst("label[for=username]").text()).isEqualTo("Имя пользователя");
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("button[type=submit]").text()).isEqualTo("Sign in");
        assertThat(other.selectFirst("html").attr("lang")).as("the site's language when the browser asks for neither")
                .isEqualTo("en");
        assertThat(broken.statusCode()).as("a header that cannot be read is refused, never a 500").isEqualTo(400);
    }

    @Test
    void theAccountsChoiceWinsOverTheBrowserAndCanGoBackToIt() {
        TestContent.Login login = content.newAccount(Role.EDITOR);
        content.draftBy(login, anArticle().withHeadline("Language test story " + System.nanoTime())
                .inSection(content.newSection()));
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);

        Document followsBrowser = page(client, "/newsroom", RUSSIAN);
        assertThat(followsBrowser.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(followsBrowser.select("nav a").eachText()).contains(PageRenderer.message(Language.RU, "menu.newArticle"));
        assertThat(followsBrowser.select("td time").eachText()).as("dates in Russian")
                .anyMatch(t -> t.matches("\\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
                        + "|ноября|декабря) \\d{4}, \\d\\d:\\d\\d"));

        client.get("/newsroom/account/password");
        HttpResponse<String> chosen = client.post("/newsroom/account/language", Map.of("language", "en"));
        assertThat(chosen.statusCode()).isEqualTo(303);
        Document account = page(client, "/newsroom/account/password", RUSSIAN);
        assertThat(account.selectFirst("html").attr("lang")).as("the account's choice, not the browser's").isEqualTo("en");
        assertThat(account.selectFirst("p.flash").text()).isEqualTo("The newsroom now speaks the language you chose.");
        assertThat(account.selectFirst("#language option[selected]").attr("value")).isEqualTo("en");
        assertThat(page(client, "/newsroom", RUSSIAN).select("td time").eachText())
                .anyMatch(t -> t.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d\\d:\\d\\d"));

        client.get("/newsroom/account/password");
        assertThat(client.post("/newsroom/account/language", Map.of("language", "ru")).statusCode()).isEqualTo(303);
        Document russian = page(client, "/newsroom/account/password", ENGLISH);
        assertThat(russian.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.selectFirst("p.flash").text()).isEqualTo(PageRenderer.message(Language.RU, "flash.ownLanguageChanged"));
        HttpResponse<String> expired = client.postRaw("/newsroom/account/email", Map.of("email", "a@example.org"));
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(expired.body()).selectFirst("html").attr("lang"))
                .as("a page answered before the account is read speaks the chosen language too").isEqualTo("ru");

        client.get("/newsroom/account/password");
        assertThat(client.post("/newsroom/account/language", Map.of("language", "")).statusCode()).isEqualTo(303);
        assertThat(page(client, "/newsroom/account/password", ENGLISH).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(storedLanguage(login)).isNull();
        assertThat(client.get("/newsroom").statusCode()).as("the session goes on").isEqualTo(200);
    }

    @Test
    void aBadChoiceIsRefusedNextToTheFieldAndChangesNothing() {
        TestContent.Login login = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        client.get("/newsroom/account/password");
        assertThat(client.post("/newsroom/account/language", Map.of("language", "ru")).statusCode()).isEqualTo(303);

        for (String bad : new String[] {"de", "russian", "r\u0000u", "x".repeat(10_000), "ru\ud800"}) {
            client.get("/newsroom/account/password");
            HttpResponse<String> refused = client.post("/newsroom/account/language", Map.of("language", bad));
            assertThat(refused.statusCode()).as(bad.length() > 20 ? "a long value" : bad).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.selectFirst("#language").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.selectFirst("#language-error")).isNotNull();
            assertThat(page.selectFirst("html").attr("lang")).as("refused in the user's language").isEqualTo("ru");
        }
        HttpResponse<String> forged = client.postRaw("/newsroom/account/language", Map.of("language", "en"));
        assertThat(forged.statusCode()).as("without the form's token").isEqualTo(403);
        assertThat(storedLanguage(login)).isEqualTo("ru");
    }

    private String storedLanguage(TestContent.Login login) {
        return (String) em.createNativeQuery("select interface_language from account where id = :id")
                .setParameter("id", login.accountId()).getSingleResult();
    }

    private static Document page(NewsroomClient client, String path, String acceptLanguage) {
        HttpResponse<String> response = client.getWithHeaders(path, "Accept-Language", acceptLanguage);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
