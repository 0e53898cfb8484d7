package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ArticleFormTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private ArticleForm form(String... fieldsAndValues) {
        ArticleForm form = ArticleForm.blank("world");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.set(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    private ArticleDraft validate(ArticleForm form) {
        return form.validate(MOSCOW, "world"::equals, id -> id == 7 ? "Anna Petrova" : null, id -> id == 3,
                slug -> !slug.equals("taken"));
    }

    @Test
    void shouldTurnAValidFormIntoADraftInTheNewsroomZone() {
        ArticleDraft draft = validate(form("headline", " Talks resume ", "publishAt", "2016-06-07T14:32",
                "tags", "Syria, Russia, Syria", "byline1", "7", "bylineText", "TASS staff", "photoId", "3",
                "body", "Para one.\n\nPara two."));

        assertThat(draft.text().headline()).isEqualTo("Talks resume");
        assertThat(draft.publicationTime()).isEqualTo(Instant.parse("2016-06-07T11:32:00Z"));
        assertThat(draft.tags()).containsExactly("Syria", "Russia");
        assertThat(draft.bylines()).extracting(Byline::getName).containsExactly("Anna Petrova", "TASS staff");
        assertThat(draft.bylines().get(0).getContributorId()).isEqualTo(7L);
        assertThat(draft.photoId()).isEqualTo(3L);
        assertThat(draft.text().bodyHtml()).isEqualTo("<p>Para one.</p><p>Para two.</p>");
        assertThat(draft.slug()).isNull();
    }

    @Test
    void shouldReportEachBadFieldAndKeepWhatWasTyped() {
        ArticleForm form = form("headline", "", "section", "sport", "publishAt", "tomorrow", "photoId", "99",
                "byline2", "8", "slug", "taken", "agencyMark", "x".repeat(41));

        assertThat(validate(form)).isNull();
        assertThat(form.errors()).containsOnlyKeys("headline", "section", "publishAt", "photoId", "byline2", "slug",
                "agencyMark");
        assertThat(form.value("publishAt")).isEqualTo("tomorrow");
        assertThat(form.value("section")).isEqualTo("sport");
    }
}
