package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The first way snippets were made, kept as the reference the streaming {@link SearchSnippets} must
 * agree with: the whole text made at once with regular expressions, then every word split out.
 */
final class WholeTextSnippets {

    static final int PASSAGE_WORDS = SearchSnippets.PASSAGE_WORDS;
    static final int WORDS_BEFORE_MATCH = SearchSnippets.WORDS_BEFORE_MATCH;
    static final int MAX_PASSAGES = SearchSnippets.MAX_PASSAGES;
    static final String PASSAGE_DELIMITER = SearchSnippets.PASSAGE_DELIMITER;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(a|b|i|em|strong|span|mark|sub|sup|abbr|cite|q|s|u|small)\\b[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WholeTextSnippets() {
    }

    /** The snippet of a hit: its lead followed by its body's text (tags removed, entities decoded). */
    static String of(String lead, String bodyHtml, List<SearchSnippets.Lexeme> lexemes) {
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
            if (SearchSnippets.matches(text.substring(words.get(i)[0], words.get(i)[1]), lexemes)) {
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

}
