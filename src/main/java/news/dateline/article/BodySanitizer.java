package news.dateline.article;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every article body passes before it is stored, and the document model the visual
 * editor edits ({@code assets/body-editor.mjs} has the same elements in its schema): paragraphs,
 * sub-headings ({@code h2}, {@code h3}), quotes, bulleted and numbered lists, bold, italic, line
 * breaks, http(s)/mailto links, and photos from the library placed in the body
 * ({@code <figure data-photo="12"><figcaption>Caption <small>Credit</small></figcaption></figure>};
 * the page draws the picture from the library by its number, never from an address in the body).
 *
 * <p>Three steps: markup pasted from Word, Google Docs or a web page is turned into that structure
 * ({@link PastedMarkup}); everything outside the allow-list (scripts, styles, event handlers,
 * {@code javascript:} URLs, unknown tags) is removed, keeping the text of removed tags; then the
 * structure is made canonical ({@link BodyStructure}), so that the same content is always stored
 * as the same HTML, the HTML the editor writes.
 */
public final class BodySanitizer {

    /** Every element a stored body may contain. */
    public static final Set<String> ELEMENTS = Set.of("p", "br", "h2", "h3", "blockquote", "ul", "ol", "li", "strong",
            "em", "a", "figure", "figcaption", "small");

    /** Link schemes a body may use. */
    public static final List<String> LINK_PROTOCOLS = List.of("http", "https", "mailto");

    private static final Safelist ALLOWED = Safelist.none()
            .addTags(ELEMENTS.toArray(String[]::new))
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", LINK_PROTOCOLS.toArray(String[]::new))
            .addAttributes("figure", "data-photo");

    private BodySanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document pasted = Jsoup.parseBodyFragment(html);
        PastedMarkup.normalise(pasted.body());
        pasted.outputSettings().prettyPrint(false);
        // Parsed again: a cleaner copying elements whose child lists were read may share those lists.
        Document dirty = Jsoup.parseBodyFragment(pasted.body().html());
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        Element body = clean.body();
        BodyStructure.canonical(body);
        clean.outputSettings().prettyPrint(false);
        return body.html().strip();
    }
}
