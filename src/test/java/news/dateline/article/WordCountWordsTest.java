package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.platform.InterfaceLanguage;
import news.dateline.platform.Language;
import news.dateline.platform.PageRenderer;
import org.junit.jupiter.api.Test;

/** The editor's word count says "1 слово", "3 слова", "5 слов", "21 слово" in Russian, as in English "1 word", "3 words". */
class WordCountWordsTest {

    @Test
    void theWordCountTakesTheFormOfItsNumber() {
        assertThat(russian(1)).isEqualTo("1 слово");
        assertThat(russian(3)).isEqualTo("3 слова");
        assertThat(russian(5)).isEqualTo("5 слов");
        assertThat(russian(12)).isEqualTo("12 слов");
        assertThat(russian(21)).isEqualTo("21 слово");
        assertThat(russian(24)).isEqualTo("24 слова");
        assertThat(PageRenderer.message(EditorView.wordCountKey(1), 1)).isEqualTo("1 word");
        assertThat(PageRenderer.message(EditorView.wordCountKey(3), 3)).isEqualTo("3 words");
        assertThat(PageRenderer.message(EditorView.wordCountKey(21), 21)).isEqualTo("21 words");
    }

    private static String russian(long words) {
        return InterfaceLanguage.during(Language.RU, () -> PageRenderer.message(EditorView.wordCountKey(words), words));
    }
}
