package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Word-by-word comparison of two texts (longest common subsequence of words). Bodies are compared
 * as their readable text, one block a line, so markup changes do not drown the words.
 */
public final class WordDiff {

    /** A run of words that is in both texts, only in the new one, or only in the old one. */
    public record Segment(String text, Kind kind) {
    }

    /** How a segment changed. */
    public enum Kind { SAME, ADDED, REMOVED }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    private static final int MAX_CELLS = 4_000_000;

    private WordDiff() {
    }

    public static List<Segment> compare(String older, String newer) {
        List<String> a = tokens(older == null ? "" : older);
        List<String> b = tokens(newer == null ? "" : newer);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return List.of(new Segment(older, Kind.REMOVED), new Segment(newer, Kind.ADDED));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(segments, a.get(i), Kind.SAME);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(segments, b.get(j++), Kind.ADDED);
            } else {
                add(segments, a.get(i++), Kind.REMOVED);
            }
        }
        return segments;
    }

    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    /** The readable text of a body: each paragraph, heading, quote or list item on its own line. */
    public static String bodyText(String html) {
        StringBuilder text = new StringBuilder();
        for (Element block : Jsoup.parseBodyFragment(html == null ? "" : html).body()
                .select("p, h2, h3, li:not(:has(p)), blockquote:not(:has(p)), figure")) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(block.is("h2, h3") ? "## " : block.is("figure") ? "[photo " + block.attr("data-photo") + "] " : "")
                    .append(block.text());
        }
        return text.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, String token, Kind kind) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.text() + token, kind));
        } else {
            segments.add(new Segment(token, kind));
        }
    }
}
