package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Makes the snippet of a search hit from the article's lead and body: up to two passages around the
 * words that matched, each word marked with {@link ArticleSearch#MATCH_START} and
 * {@link ArticleSearch#MATCH_END}; the opening words of the text when no word of it matched (a
 * headline or tag match).
 *
 * <p>PostgreSQL decides what matches; this only finds the matched words again in the text shown.
 * PostgreSQL's {@code ts_headline} did the same by parsing and stemming the whole article for each hit
 * (about 2 ms per hit on 700 words, 20 ms for a page of ten, most of a search's cost). Here a word of the
 * text is taken for a form of a query lexeme when it starts with it and adds at most a short ending
 * ("harbours", "blowing", "выборы" for "выбор"), or when a lexeme ending in "i" is the stem of a word in
 * "y" ("citi", "city"), which is how the Snowball stemmers of both languages shorten words. A word
 * marked wrongly can only be a word that begins like the one asked for.
 */
public final class SearchSnippets {

    /** The words of a passage around a match, and of the opening words when nothing matched. */
    static final int PASSAGE_WORDS = 24;
    static final int WORDS_BEFORE_MATCH = 6;
    static final int MAX_PASSAGES = 2;
    static final String PASSAGE_DELIMITER = " … ";
    /** The longest ending a form may add to its lexeme (for lexemes of four letters and more). */
    private static final int MAX_ENDING = 4;

    private static final Pattern TSQUERY_LEXEME = Pattern.compile("(!?)'((?:[^']|'')*)'(:\\*)?");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Tags inside a line of text, which separate no words ({@code <b>wind</b>s} is one word). */
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(a|b|i|em|strong|span|mark|sub|sup|abbr|cite|q|s|u|small)\\b[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchSnippets() {
    }

    /** A lexeme of the query; a prefix lexeme ({@code word:*}) matches any word that starts with it. */
    public record Lexeme(String text, boolean prefix) {
    }

    /** The lexemes a tsquery's text looks for, without those it excludes ({@code !'word'}). */
    public static List<Lexeme> lexemes(String tsquery) {
        List<Lexeme> lexemes = new ArrayList<>();
        Matcher m = TSQUERY_LEXEME.matcher(tsquery == null ? "" : tsquery);
        while (m.find()) {
            String text = m.group(2).replace("''", "'").toLowerCase(Locale.ROOT);
            Lexeme lexeme = new Lexeme(text, m.group(3) != null);
            if (m.group(1).isEmpty() && !text.isEmpty() && !lexemes.contains(lexeme)) {
                lexemes.add(lexeme);
            }
        }
        return lexemes;
    }

    /** The snippet of a hit: its lead followed by its body's text (tags removed, entities decoded). */
    public static String of(String lead, String bodyHtml, List<Lexeme> lexemes) {
        String body = bodyHtml == null ? "" : Parser.unescapeEntities(TAG.matcher(bodyHtml).replaceAll(
                tag -> INLINE_TAG.matcher(tag.group()).matches() ? "" : " "), false);
        String text = WHITESPACE.matcher(((lead == null ? "" : lead) + " " + body)
                .replace(ArticleSearch.MATCH_START, ' ').replace(ArticleSearch.MATCH_END, ' ')).replaceAll(" ").strip();
        List<int[]> words = words(text);
        if (words.isEmpty()) {
            return "";
        }
        boolean[] matched = new boolean[words.size()];
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (matches(text.substring(words.get(i)[0], words.get(i)[1]), lexemes)) {
                matched[i] = true;
                matches.add(i);
            }
        }
        StringBuilder snippet = new StringBuilder();
        if (matches.isEmpty()) {
            appendPassage(snippet, text, words, 0, Math.min(words.size(), PASSAGE_WORDS), matched);
            return snippet.toString();
        }
        int passages = 0;
        int covered = -1;
        for (int match : matches) {
            if (match < covered) {
                continue;
            }
            if (passages == MAX_PASSAGES) {
                break;
            }
            int first = Math.max(covered, Math.max(0, match - WORDS_BEFORE_MATCH));
            int end = Math.min(words.size(), first + PASSAGE_WORDS);
            if (passages > 0) {
                snippet.append(PASSAGE_DELIMITER);
            }
            appendPassage(snippet, text, words, first, end, matched);
            covered = end;
            passages++;
        }
        return snippet.toString();
    }

    /** Words {@code first} to {@code end} (exclusive) with the text between them and the punctuation after the last, matches marked. */
    private static void appendPassage(StringBuilder out, String text, List<int[]> words, int first, int end,
                                      boolean[] matched) {
        for (int i = first; i < end; i++) {
            int[] word = words.get(i);
            if (i > first) {
                out.append(text, words.get(i - 1)[1], word[0]);
            }
            boolean match = matched[i];
            if (match) {
                out.append(ArticleSearch.MATCH_START);
            }
            out.append(text, word[0], word[1]);
            if (match) {
                out.append(ArticleSearch.MATCH_END);
            }
        }
        int after = words.get(end - 1)[1];
        while (after < text.length() && !Character.isWhitespace(text.charAt(after))
                && !Character.isLetterOrDigit(text.charAt(after))) {
            out.append(text.charAt(after++));
        }
    }

    /** Start and end of every word: a run of letters and digits (with apostrophes inside). */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '’') && i + 1 < n
                        && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    /** A one- or two-letter lexeme is only itself; a longer one takes an ending of two or four letters. */
    private static int maxEnding(String stem) {
        return stem.length() <= 2 ? 0 : stem.length() == 3 ? 2 : MAX_ENDING;
    }

    static boolean matches(String word, List<Lexeme> lexemes) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
        for (Lexeme lexeme : lexemes) {
            String stem = lexeme.text().replace('ё', 'е');
            if (lower.startsWith(stem)) {
                int ending = lower.length() - stem.length();
                if (lexeme.prefix() || ending <= maxEnding(stem)) {
                    return true;
                }
            } else if (stem.length() >= 3 && stem.endsWith("i")
                    && lower.startsWith(stem.substring(0, stem.length() - 1) + "y")
                    && lower.length() - stem.length() <= 2) {
                return true;
            }
        }
        return false;
    }
}
