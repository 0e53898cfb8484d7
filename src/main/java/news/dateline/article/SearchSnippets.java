package news.dateline.article;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Tags inside a line of text, which separate no words ({@code <b>wind</b>s} is one word). */
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(a|b|i|em|strong|span|mark|sub|sup|abbr|cite|q|s|u|small)\\b[^>]*>");

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

    /**
     * The snippet of a hit: its lead followed by its body's text (tags removed, entities decoded). The
     * text is read only as far as the snippet needs: to the end of the second passage, or through to the
     * end when fewer words match (a body of 1,500 words is rarely read whole for a page of ten hits).
     */
    public static String of(String lead, String bodyHtml, List<Lexeme> lexemes) {
        Text text = new Text(lead == null ? "" : lead, bodyHtml == null ? "" : bodyHtml);
        String firstLetters = firstLetters(lexemes);
        Boolean[] matched = new Boolean[64];
        StringBuilder snippet = new StringBuilder();
        int passages = 0;
        int covered = 0;
        for (int i = 0; passages < MAX_PASSAGES && text.hasWord(i); i++) {
            matched = room(matched, i);
            if (i < covered || !matched(text, i, lexemes, firstLetters, matched)) {
                continue;
            }
            int first = Math.max(covered, Math.max(0, i - WORDS_BEFORE_MATCH));
            int end = text.hasWord(first + PASSAGE_WORDS) ? first + PASSAGE_WORDS : text.words();
            if (passages > 0) {
                snippet.append(PASSAGE_DELIMITER);
            }
            matched = room(matched, end);
            for (int w = first; w < end; w++) {
                matched(text, w, lexemes, firstLetters, matched);
            }
            appendPassage(snippet, text, first, end, matched);
            covered = end;
            passages++;
        }
        if (passages == 0 && text.hasWord(0)) {
            int end = text.hasWord(PASSAGE_WORDS) ? PASSAGE_WORDS : text.words();
            appendPassage(snippet, text, 0, end, new Boolean[end]);
        }
        return snippet.toString();
    }

    private static Boolean[] room(Boolean[] matched, int index) {
        return index < matched.length ? matched : Arrays.copyOf(matched, Math.max(index + 1, matched.length * 2));
    }

    /**
     * Whether word {@code i} is a form of a lexeme, worked out once per word; a word whose first letter
     * begins no lexeme is no form of one (most words: they are not even copied out of the text).
     */
    private static boolean matched(Text text, int i, List<Lexeme> lexemes, String firstLetters, Boolean[] matched) {
        if (matched[i] == null) {
            char first = text.charAt(text.start(i));
            matched[i] = (firstLetters == null || Character.isSurrogate(first) || firstLetters.indexOf(comparable(Character.toLowerCase(first))) >= 0)
                    && matches(text.word(i), lexemes);
        }
        return matched[i];
    }

    /** The first letter of each lexeme, as {@link #matches} compares it; null when a lexeme is empty. */
    private static String firstLetters(List<Lexeme> lexemes) {
        StringBuilder letters = new StringBuilder();
        for (Lexeme lexeme : lexemes) {
            if (lexeme.text().isEmpty()) {
                return null;
            }
            letters.append(comparable(lexeme.text().charAt(0)));
        }
        return letters.toString();
    }

    /** A lower-case letter as {@link #matches} compares it: "ё" as "е", a typographic apostrophe as a straight one. */
    private static char comparable(char lowerCase) {
        return lowerCase == 'ё' ? 'е' : lowerCase == '’' ? '\'' : lowerCase;
    }

    /** Words {@code first} to {@code end} (exclusive) with the text between them and the punctuation after the last, matches marked. */
    private static void appendPassage(StringBuilder out, Text text, int first, int end, Boolean[] matched) {
        for (int i = first; i < end; i++) {
            if (i > first) {
                text.appendTo(out, text.end(i - 1), text.start(i));
            }
            boolean match = Boolean.TRUE.equals(matched[i]);
            if (match) {
                out.append(ArticleSearch.MATCH_START);
            }
            text.appendTo(out, text.start(i), text.end(i));
            if (match) {
                out.append(ArticleSearch.MATCH_END);
            }
        }
        int after = text.end(end - 1);
        while (after < text.length() && !Character.isWhitespace(text.charAt(after))
                && !Character.isLetterOrDigit(text.charAt(after))) {
            out.append(text.charAt(after++));
        }
    }

    /**
     * The lead, a space and the body's text, made only as far as it is asked for: a tag becomes a
     * space (an inline one nothing: {@code <b>wind</b>s} is one word), entities are decoded, the mark
     * characters become spaces and every run of whitespace is one space. Words are runs of letters and
     * digits (with apostrophes inside), found as the text grows.
     */
    private static final class Text {

        private final String lead;
        private final String body;
        private boolean leadRead;
        private int bodyRead;
        /** The text made so far: {@code length} characters. */
        private char[] chars = new char[4096];
        private int length;
        /** Start and end of each word found, in pairs. */
        private int[] bounds = new int[128];
        private int words;
        /** Where the next word may start in {@link #chars}. */
        private int scanned;

        Text(String lead, String body) {
            this.lead = lead;
            this.body = body;
        }

        int length() {
            return length;
        }

        char charAt(int index) {
            return chars[index];
        }

        void appendTo(StringBuilder out, int start, int end) {
            out.append(chars, start, end - start);
        }

        int words() {
            return words;
        }

        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }

        String word(int i) {
            return new String(chars, start(i), end(i) - start(i));
        }

        /** Whether there is a word {@code i}; reads on until there is one or the text ends. */
        boolean hasWord(int i) {
            while (words <= i) {
                boolean more = readMore();
                findWords(!more);
                if (!more) {
                    return words > i;
                }
            }
            return true;
        }

        /** Appends the next piece of the text (the lead, a run of the body's text or one tag); false at the end. */
        private boolean readMore() {
            if (!leadRead) {
                append(lead);
                append(" ");
                leadRead = true;
                return true;
            }
            if (bodyRead >= body.length()) {
                return false;
            }
            int tag = body.indexOf('<', bodyRead);
            int tagEnd = tag < 0 ? -1 : body.indexOf('>', tag);
            if (tagEnd < 0) {
                appendText(body.substring(bodyRead));
                bodyRead = body.length();
            } else if (tag > bodyRead) {
                appendText(body.substring(bodyRead, tag));
                bodyRead = tag;
            } else {
                append(INLINE_TAG.matcher(body.substring(tag, tagEnd + 1)).matches() ? "" : " ");
                bodyRead = tagEnd + 1;
            }
            return true;
        }

        private void appendText(String html) {
            append(html.indexOf('&') < 0 ? html : Parser.unescapeEntities(html, false));
        }

        /** Appends a piece of text: the mark characters become spaces, and a run of whitespace one space. */
        private void append(String piece) {
            if (length + piece.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + piece.length()));
            }
            piece.getChars(0, piece.length(), chars, length);
            int end = length + piece.length();
            int written = length;
            for (int i = length; i < end; i++) {
                char c = chars[i];
                if (c > ' ' || !(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                        || c == ArticleSearch.MATCH_START || c == ArticleSearch.MATCH_END)) {
                    chars[written++] = c;
                } else if (written == 0 || chars[written - 1] != ' ') {
                    chars[written++] = ' ';
                }
            }
            length = written;
        }

        /**
         * Records the words that are complete: at the end of the text all of them, before it those
         * followed by at least two more characters (an apostrophe continues a word only before a letter).
         */
        private void findWords(boolean atEnd) {
            int n = length;
            int limit = atEnd ? n : n - 2;
            int i = scanned;
            while (i < limit) {
                int c = codePointAt(i);
                if (!isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                while (i < n) {
                    int d = codePointAt(i);
                    if (isLetterOrDigit(d)) {
                        i += Character.charCount(d);
                    } else if ((d == '\'' || d == '’') && i + 1 < n && isLetterOrDigit(codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (!atEnd && i >= limit) {
                    scanned = start;
                    return;
                }
                if (2 * words + 1 >= bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * words] = start;
                bounds[2 * words + 1] = i;
                words++;
            }
            scanned = Math.max(i, scanned);
        }

        private int codePointAt(int index) {
            char c = chars[index];
            return Character.isHighSurrogate(c) ? Character.codePointAt(chars, index, length) : c;
        }

        private static boolean isLetterOrDigit(int c) {
            if (c < 128) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            }
            return Character.isLetterOrDigit(c);
        }
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
