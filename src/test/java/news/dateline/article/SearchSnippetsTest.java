package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSnippetsTest {

    private static final char ON = ArticleSearch.MATCH_START;
    private static final char OFF = ArticleSearch.MATCH_END;

    @Test
    void readsTheLexemesATsqueryLooksForButNotTheOnesItExcludes() {
        assertThat(SearchSnippets.lexemes("'harbour' & 'blow' | 'harbour' & 'blow'")).containsExactly(
                new SearchSnippets.Lexeme("harbour", false), new SearchSnippets.Lexeme("blow", false));
        assertThat(SearchSnippets.lexemes("'citi' & !'war' | 'o''brien' & 'harb':*")).containsExactly(
                new SearchSnippets.Lexeme("citi", false), new SearchSnippets.Lexeme("o'brien", false),
                new SearchSnippets.Lexeme("harb", true));
        assertThat(SearchSnippets.lexemes("")).isEmpty();
    }

    @Test
    void marksTheFormsOfTheWordsAskedForInTheLeadAndTheBody() {
        String snippet = SearchSnippets.of("Ferries wait.", "<p>The <b>winds</b> are blowing &amp; the harbours close.</p>",
                SearchSnippets.lexemes("'blow' & 'harbour'"));

        assertThat(snippet).isEqualTo("Ferries wait. The winds are " + ON + "blowing" + OFF + " & the " + ON + "harbours"
                + OFF + " close.");
    }

    @Test
    void marksStemsInYRussianFormsAndApostrophesButNotLongerWordsOrShortLexemesInsideWords() {
        List<SearchSnippets.Lexeme> lexemes = SearchSnippets.lexemes("'citi' & 'выбор' & 'war' & 'в' & 'o''brien'");

        assertThat(SearchSnippets.matches("city", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("cities", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("Выборы", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("выборах", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("wars", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("O’Brien", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("в", lexemes)).isTrue();
        assertThat(SearchSnippets.matches("вас", lexemes)).isFalse();
        assertThat(SearchSnippets.matches("warehouse", lexemes)).isFalse();
        assertThat(SearchSnippets.matches("citizenship", lexemes)).isFalse();
        assertThat(SearchSnippets.matches("выборочный", lexemes)).isFalse();
    }

    @Test
    void showsAtMostTwoPassagesAroundMatchesJoinedByAnEllipsis() {
        StringBuilder body = new StringBuilder("<p>");
        for (int i = 0; i < 200; i++) {
            body.append(i == 50 || i == 120 || i == 180 ? "glacier " : "word" + i + " ");
        }
        String snippet = SearchSnippets.of("", body.append("</p>").toString(), SearchSnippets.lexemes("'glacier'"));

        assertThat(snippet).startsWith("word44 word45").contains(ON + "glacier" + OFF).contains(" … word114 ");
        assertThat(snippet.split(" … ")).hasSize(2);
        assertThat(snippet.chars().filter(c -> c == ON).count()).isEqualTo(2);
        assertThat(snippet).doesNotContain("word180").doesNotContain("<").doesNotContain("word43 ");
    }

    @Test
    void withoutAMatchInTheTextShowsItsOpeningWords() {
        String snippet = SearchSnippets.of("The lead says this.", "<h2>Sub</h2><p>" + "more text ".repeat(50) + "</p>",
                SearchSnippets.lexemes("'headlineword'"));

        assertThat(snippet).startsWith("The lead says this. Sub more text").doesNotContain(String.valueOf(ON));
        assertThat(snippet.split("\\s+")).hasSize(SearchSnippets.PASSAGE_WORDS);
    }

    @Test
    void theMarkCharactersNeverComeFromTheArticle() {
        String snippet = SearchSnippets.of("A " + ON + "lead" + OFF, "<p>x</p>", SearchSnippets.lexemes("'nothing'"));

        assertThat(snippet).isEqualTo("A lead x");
    }

    @Test
    void readingTheTextOnlyAsFarAsNeededGivesTheSnippetOfTheWholeText() {
        java.util.Random random = new java.util.Random(20261128);
        String[] pieces = {"harbour", "harbours", "Harbour's", "blowing", "blow", "city", "cities", "O’Brien", "o'brien",
            "выборы", "Выбор", "ЁЛКА", "İstanbul", "istanbul", "Σ", "\uD801\uDC00", "wind", "the", "a", "ferry", "2025", "x", "—", ",", ".", "!", "?", "«", "»", "(", ")",
            "&amp;", "&nbsp;", "&#10;", "&lt;", "&quot;", "&eacute;", "&amp", " ", "  ", "\n", "\t", "<p>", "</p>",
            "<h2>", "</h2>", "<b>", "</b>", "<em>", "</em>", "<a href=\"/x\">", "</a>", "<br>", "<blockquote>",
            "<li>", "<figure><img src=\"/m/1.jpg\" alt=\"a > b\"></figure>", "<", ">", "'", "’",
            String.valueOf(ON), String.valueOf(OFF), "\u00A0", "\uD83D\uDE00", "é", "Ё", "ёлка"};
        List<List<SearchSnippets.Lexeme>> queries = List.of(SearchSnippets.lexemes("'harbour'"),
                SearchSnippets.lexemes("'blow' & 'citi'"), SearchSnippets.lexemes("'выбор' | 'o''brien'"),
                SearchSnippets.lexemes("'x'"), SearchSnippets.lexemes("'ferr':*"), SearchSnippets.lexemes("'nothing'"),
                SearchSnippets.lexemes("'елк'"), SearchSnippets.lexemes("'istanbul' | 'σ'"));
        for (int round = 0; round < 3000; round++) {
            StringBuilder lead = new StringBuilder();
            StringBuilder body = new StringBuilder();
            int leadPieces = random.nextInt(6);
            int bodyPieces = random.nextInt(round % 10 == 0 ? 2000 : 120);
            for (int i = 0; i < leadPieces; i++) {
                lead.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            for (int i = 0; i < bodyPieces; i++) {
                body.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            List<SearchSnippets.Lexeme> lexemes = queries.get(random.nextInt(queries.size()));
            assertThat(SearchSnippets.of(lead.toString(), body.toString(), lexemes))
                    .as("lead %s, body %s, lexemes %s", lead, body, lexemes)
                    .isEqualTo(WholeTextSnippets.of(lead.toString(), body.toString(), lexemes));
        }
        assertThat(SearchSnippets.of(null, null, queries.get(0))).isEqualTo(WholeTextSnippets.of(null, null, queries.get(0)));
    }
}
