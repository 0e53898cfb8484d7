package news.dateline.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A wire story as its page reads, one element a line: "All news", headline, lead, the photo's
 * alt text, caption and "© credit", then the body, which opens with the dateline
 * ({@code MOSCOW, June 7. /TASS/.}). Quoted paragraphs become block quotes and short lines without
 * closing punctuation become sub-headings.
 */
public record WireStory(String headline, String lead, String caption, String credit, String datelinePlace,
                 String agencyMark, String bodyHtml, String altText) {

    private static final Pattern DATELINE =
            Pattern.compile("^(\\p{Lu}[\\p{Lu} .'-]*), \\p{L}+ \\d{1,2}\\. /([^/]+)/\\.\\s+");
    private static final int SUBHEADING_MAX_LENGTH = 80;

    public static WireStory parse(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        if (lines.size() < 10 || !lines.get(7).startsWith("© ")) {
            throw new IllegalArgumentException("Not a wire story page: the credit line is missing");
        }
        List<String> body = lines.subList(9, lines.size()).stream().filter(l -> !l.isEmpty()).toList();
        Matcher dateline = DATELINE.matcher(body.get(0));
        if (!dateline.find()) {
            throw new IllegalArgumentException("The first paragraph does not open with a dateline");
        }
        List<String> paragraphs = new ArrayList<>(body);
        paragraphs.set(0, body.get(0).substring(dateline.end()));
        return new WireStory(lines.get(2), lines.get(4), lines.get(6), lines.get(7).substring(2),
                capitalized(dateline.group(1)), dateline.group(2), html(paragraphs), lines.get(5));
    }

    private static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            String text = Entities.escape(paragraph);
            if (paragraph.startsWith("\"") || paragraph.startsWith("“")) {
                html.append("<blockquote><p>").append(text).append("</p></blockquote>");
            } else if (paragraph.length() <= SUBHEADING_MAX_LENGTH && !paragraph.matches(".*[.!?\"”:]$")) {
                html.append("<h2>").append(text).append("</h2>");
            } else {
                html.append("<p>").append(text).append("</p>");
            }
        }
        return html.toString();
    }

    /** "MOSCOW" is stored as "Moscow"; the page prints datelines in capitals. */
    private static String capitalized(String place) {
        String lower = place.toLowerCase(java.util.Locale.ROOT);
        StringBuilder result = new StringBuilder(lower.length());
        boolean startOfWord = true;
        for (char c : lower.toCharArray()) {
            result.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-';
        }
        return result.toString();
    }
}
