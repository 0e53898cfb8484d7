package news.dateline.site;

/**
 * What a public page tells search engines and link previews: the canonical address, a description,
 * Open Graph and Twitter card fields, and schema.org JSON-LD. {@code jsonLd} is produced by
 * {@link StructuredData}, which escapes it for a script element.
 */
public record PageMeta(String canonicalUrl, String title, String description, String ogType, String imageUrl,
                       String imageAlt, Integer imageWidth, Integer imageHeight, String jsonLd, String rssUrl,
                       String atomUrl) {
}
