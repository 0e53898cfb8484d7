package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleSearchTest {

    @Test
    void bareMinusSignsBecomeSpacesSoTheyCannotNestNegations() {
        assertThat(ArticleSearch.websearchSafe("-".repeat(40)).strip()).isEmpty();
        assertThat(ArticleSearch.websearchSafe("- - - -").strip()).isEmpty();
        assertThat(ArticleSearch.websearchSafe("----water")).isEqualTo("-water");
    }

    @Test
    void wordsNegationsPhrasesAndHyphenatedWordsAreKept() {
        assertThat(ArticleSearch.websearchSafe("water -prices \"state duma\" -\"gas deal\" e-mail"))
                .isEqualTo("water -prices \"state duma\" -\"gas deal\" e-mail");
        assertThat(ArticleSearch.websearchSafe("цены -вода")).isEqualTo("цены -вода");
    }
}
