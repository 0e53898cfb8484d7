package news.dateline.site;

/**
 * What a public page tells search engines and link previews: the canonical address, a description,
 * Open Graph and Twitter card fields, and schema.org JSON-LD. {@code jsonLd} is produced by
 * {@link StructuredData}, which escapes it for a script element.
 */
public record PageMeta(String canonicalUrl, String title, String description, String ogType, String imageUrl,
                       String imageAlt, Integer imageWidth, Integer imageHeight, String jsonLd, String rssUrl,
                       String atomUrl, java.util.List<Alternate> alternates) {

    /** The same page in another language ({@code <link rel="alternate" hreflang>}). */
    public record Alternate(String hreflang, String url) {
    }

    /** A page with no version in another language. */
    public PageMeta(String canonicalUrl, String title, String description, String ogType, String imageUrl,
                    String imageAlt, Integer imageWidth, Integer imageHeight, String jsonLd, String rssUrl,
                    String atomUrl) {
        this(canonicalUrl, title, description, ogType, imageUrl, imageAlt, imageWidth, imageHeight, jsonLd, rssUrl,
                atomUrl, java.util.List.of());
    }
}
