package news.dateline.site;

import java.util.List;

/**
 * The article page as readers see it. {@code bodyHtml} passed the allow-list sanitizer before it
 * was stored; it is the only text a template writes unescaped.
 */
public record ArticlePageView(String headline, String lead, String dateline, String bodyHtml,
                              Photo photo, String sectionName, String sectionUrl, String publishedIso,
                              String publishedDisplay, List<BylineLink> bylines, List<TagLink> tags,
                              String allNewsUrl, String updatedIso, String updatedDisplay,
                              List<Correction> corrections, List<LiveUpdate> liveUpdates, String liveUrl,
                              String language) {

    /** An update of a live story: when, who, its paragraphs and its photo (null when it has none). */
    public record LiveUpdate(String anchor, String iso, String display, String postedBy, List<String> paragraphs,
                             LivePhoto photo) {
    }

    /** A live update's photo: its wide crop (1.91:1), made up to 1,200 px wide. */
    public record LivePhoto(String url, String webpUrl, int width, String alt) {
    }

    /** A name in the byline, with the author page when it is a contributor's (else null). */
    public record BylineLink(String name, String url) {
    }

    /** A tag with its page. */
    public record TagLink(String name, String url) {
    }

    /** "Corrected on …" with the note. */
    public record Correction(String iso, String display, String note) {
    }

    public record Photo(String url, String srcset, int width, int height, String caption, String credit, String alt,
                        String webpSrcset) {
    }
}
