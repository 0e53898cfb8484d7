package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    private static final String ARTICLES_RU = "{0,plural,one{# статья}few{# статьи}many{# статей}other{# статьи}}";

    @Test
    void russianCountsTakeTheirForm() {
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 1)).isEqualTo("1 статья");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 2)).isEqualTo("2 статьи");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 5)).isEqualTo("5 статей");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 11)).isEqualTo("11 статей");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 21)).isEqualTo("21 статья");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 22L)).isEqualTo("22 статьи");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, 1000)).isEqualTo("1\u00a0000 статей");
    }

    @Test
    void englishCountsTakeTheirFormAndOtherArgumentsStay() {
        String pattern = "In {1}: {0,plural,one{# story}other{# stories}} by {2}.";
        assertThat(MessageText.format(Language.EN, pattern, 1, "World", "Anna")).isEqualTo("In World: 1 story by Anna.");
        assertThat(MessageText.format(Language.EN, pattern, 3, "World", "Anna")).isEqualTo("In World: 3 stories by Anna.");
        assertThat(MessageText.format(Language.EN, pattern, 1200, "World", "Anna"))
                .isEqualTo("In World: 1,200 stories by Anna.");
    }

    @Test
    void anExactBranchComesFirstAndOtherIsTheFallback() {
        String pattern = "{0,plural,=0{Every place is taken.}one{One place is empty.}other{# places are empty.}}";
        assertThat(MessageText.format(Language.EN, pattern, 0)).isEqualTo("Every place is taken.");
        assertThat(MessageText.format(Language.EN, pattern, 1)).isEqualTo("One place is empty.");
        assertThat(MessageText.format(Language.RU, "{0,plural,one{# час}other{# ч.}}", 5)).isEqualTo("5 ч.");
    }

    @Test
    void aCountHandedOnAsTextCounts() {
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, "3")).isEqualTo("3 статьи");
        assertThat(MessageText.format(Language.RU, ARTICLES_RU, "many")).isEqualTo("many статьи");
    }

    @Test
    void quotesAndBracesInArgumentsAreKept() {
        assertThat(MessageText.format(Language.EN, "The editor’s note: {0}", "it''s {0}")).isEqualTo("The editor’s note: it''s {0}");
        assertThat(MessageText.format(Language.EN, "That is not the editor''s button.")).isEqualTo("That is not the editor's button.");
    }

    @Test
    void aBrokenPluralIsRefused() {
        assertThatThrownBy(() -> MessageText.format(Language.RU, "{0,plural,one{# статья}", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageText.format(Language.RU, "{0,plural,one{# статья}few{# статьи}}", 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
