package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.platform.InterfaceLanguage;
import news.dateline.platform.Language;
import org.junit.jupiter.api.Test;

/** A revision's reason is stored as a fixed token and read in the interface's language. */
class RevisionReasonTest {

    @Test
    void storedTokensReadInEachLanguage() {
        assertThat(ArticleRevision.reasonInWords("published")).isEqualTo("published");
        assertThat(ArticleRevision.reasonInWords("restore of 3")).isEqualTo("restore of 3");
        assertThat(InterfaceLanguage.during(Language.RU, () -> ArticleRevision.reasonInWords("published")))
                .isEqualTo("опубликован");
        assertThat(InterfaceLanguage.during(Language.RU, () -> ArticleRevision.reasonInWords("restore of 12")))
                .isEqualTo("восстановление версии 12");
        assertThat(InterfaceLanguage.during(Language.RU, () -> ArticleRevision.reasonInWords("draft")))
                .isEqualTo("возвращён в черновики");
        assertThat(ArticleRevision.reasonInWords("something older")).as("an unknown token stays as stored")
                .isEqualTo("something older");
        assertThat(ArticleRevision.reasonInWords(null)).isEmpty();
    }

    @Test
    void statusesReadInEachLanguage() {
        assertThat(ArticleStatus.SUBMITTED.label()).isEqualTo("Submitted");
        assertThat(InterfaceLanguage.during(Language.RU, ArticleStatus.SUBMITTED::label)).isEqualTo("На проверке");
    }
}
