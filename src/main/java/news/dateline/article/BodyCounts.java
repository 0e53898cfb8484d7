package news.dateline.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the editor counts as the writer types (the visual editor counts the same way, live):
 * characters of the headline and lead against the limits the database allows, and the body's
 * words (photo captions aside) with the reading time at 200 words a minute.
 */
public record BodyCounts(int headline, int headlineMax, int lead, int leadMax, int words, int minutes) {

    static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");

    /** The counts of a form's headline and lead and of a body (stored or sanitized HTML). */
    public static BodyCounts of(String headline, String lead, String bodyHtml) {
        int words = words(bodyHtml);
        return new BodyCounts(length(headline), Article.MAX_HEADLINE_LENGTH, length(lead), Article.MAX_LEAD_LENGTH,
                words, words == 0 ? 0 : Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
    }

    static int words(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return 0;
        }
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        body.select("figure").remove();
        Matcher matcher = WORD.matcher(body.text());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
