package news.dateline.site;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The wire dateline that opens a story, e.g. {@code MOSCOW, June 7. /TASS/.}: place in capitals,
 * the publication date in the newsroom's zone, then the agency mark.
 */
final class Dateline {

    private Dateline() {
    }

    /** @return the dateline, or null when the article has no dateline place */
    static String of(String place, String date, String agencyMark) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String dateline = place.strip().toUpperCase(Locale.ROOT) + ", " + date + ".";
        return agencyMark == null || agencyMark.isBlank() ? dateline : dateline + " /" + agencyMark.strip() + "/.";
    }

    /**
     * Puts the dateline at the start of the body's first paragraph. The body is already sanitized
     * and the dateline goes in as text, so the result is as safe as the body was.
     */
    static String openBody(String sanitizedBody, String dateline) {
        if (dateline == null) {
            return sanitizedBody;
        }
        if (sanitizedBody != null && sanitizedBody.startsWith("<p>")) {
            // The usual body (the sanitizer writes paragraphs without attributes): no need to parse it.
            return "<p><span class=\"dateline\">" + escaped(dateline) + "</span> " + sanitizedBody.substring(3);
        }
        Document document = Jsoup.parseBodyFragment(sanitizedBody);
        document.outputSettings().prettyPrint(false);
        Element firstParagraph = document.body().selectFirst("> p");
        if (firstParagraph == null) {
            firstParagraph = document.body().prependElement("p");
        }
        firstParagraph.prependChild(new TextNode(" "));
        firstParagraph.prependChild(new Element("span").addClass("dateline").text(dateline));
        return document.body().html();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
