package news.dateline.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every article body passes before it is stored: paragraphs, sub-headings, quotes,
 * lists, emphasis and http(s)/mailto links. Everything else (scripts, styles, event handlers,
 * {@code javascript:} URLs, unknown tags) is removed; text inside removed tags is kept.
 */
public final class BodySanitizer {

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "b", "i")
            .addTags("a")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private BodySanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }
}
