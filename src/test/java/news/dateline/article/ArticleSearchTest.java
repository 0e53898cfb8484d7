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

    @Test
    void aWordAskedForTwiceIsLookedForOnce() {
        assertThat(ArticleSearch.withoutRepeats("'commiss' & 'commiss' & 'commiss'")).isEqualTo("'commiss'");
        assertThat(ArticleSearch.withoutRepeats("'water' & 'price' & 'water'")).isEqualTo("'water' & 'price'");
        assertThat(ArticleSearch.withoutRepeats("'прошлое' & 'прошлое'")).isEqualTo("'прошлое'");
        assertThat(ArticleSearch.withoutRepeats("'o''brien' & 'o''brien'")).isEqualTo("'o''brien'");
    }

    @Test
    void queriesOtherThanAllOfSomeWordsAreKeptAsTheyAre() {
        for (String query : new String[] {"'water' | 'water'", "'water' & !'water'", "'state' <-> 'duma' & 'state'",
                "'water' & ( 'price' | 'cost' )", "'water':* & 'water'"}) {
            assertThat(ArticleSearch.withoutRepeats(query)).isEqualTo(query);
        }
        assertThat(ArticleSearch.withoutRepeats(null)).isEmpty();
        assertThat(ArticleSearch.withoutRepeats(" ")).isEmpty();
    }

    @Test
    void theEnglishAndRussianFormsAreOredOnlyWhenTheyDiffer() {
        assertThat(ArticleSearch.either("'water'", "'water'")).isEqualTo("'water'");
        assertThat(ArticleSearch.either("'выборы'", "'выбор'")).isEqualTo("( 'выборы' ) | ( 'выбор' )");
        assertThat(ArticleSearch.either("", "'выбор'")).isEqualTo("'выбор'");
        assertThat(ArticleSearch.either("'water'", "")).isEqualTo("'water'");
        assertThat(ArticleSearch.either("", "")).isEmpty();
    }
}
