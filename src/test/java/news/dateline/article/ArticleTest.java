package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import news.dateline.platform.Slug;
import news.dateline.section.Section;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");
    private final Section world = new Section("World", new Slug("world"), 0);

    private Article draft(String headline) {
        return new Article(new ArticleText(headline, "Lead", "<p>Body</p>", "Moscow", "TASS"), world,
                Slug.fromTitle(headline), 1L, NOW);
    }

    @Test
    void shouldStartAsADraftThatReadersCannotSee() {
        Article article = draft("Talks resume");

        assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.getPublishedAt()).isNull();
    }

    @Test
    void shouldPublishOnceAndGoBackToDraftForRework() {
        Article article = draft("Talks resume");
        Instant at = Instant.parse("2026-01-10T09:00:00Z");

        article.publish(at, NOW);

        assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.getPublishedAt()).isEqualTo(at);
        assertThatThrownBy(() -> article.publish(at, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> article.returnToDraft("", NOW)).isInstanceOf(IllegalArgumentException.class);
        article.returnToDraft("Facts under review", NOW);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.getWithdrawalReason()).isEqualTo("Facts under review");
        assertThatThrownBy(() -> article.returnToDraft("again", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void shouldSanitizeTheBodyOnTheWayIn() {
        Article article = draft("Talks resume");

        article.revise(new ArticleText("Talks resume", "", "<p onclick=x>Hi</p><script>x()</script>", null, null), NOW);

        assertThat(article.getBodyHtml()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void shouldRefuseAMissingOrOverlongHeadline() {
        assertThatThrownBy(() -> draft(" ")).isInstanceOf(IllegalArgumentException.class);
        Article article = draft("Talks resume");
        ArticleText tooLong = new ArticleText("x".repeat(Article.MAX_HEADLINE_LENGTH + 1), "", "", null, null);
        assertThatThrownBy(() -> article.revise(tooLong, NOW)).hasMessageContaining("headline");
    }

    @Test
    void shouldKeepBylinesInOrder() {
        Article article = draft("Talks resume");

        article.creditTo(List.of(Byline.freeText("Anna Petrova"), new Byline("James Okafor", 7L)), NOW);

        assertThat(article.getBylineNames()).containsExactly("Anna Petrova", "James Okafor");
        assertThat(article.getBylines().get(1).getContributorId()).isEqualTo(7L);
    }
}
