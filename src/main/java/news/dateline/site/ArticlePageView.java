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
                              String language, Translation translation, Words words) {

    /**
     * The words of the article's own frame (its byline, dates, corrections, tags, live updates) in the article's
     * language, which may differ from the site's: a Russian story reads "Автор:" on an English site.
     */
    public record Words(String by, String byMany, String updated, String corrections, String correctedOn, String tags,
                        String liveBadge, String liveHeading, String newUpdates) {

        private static final java.util.Map<news.dateline.platform.Language, Words> IN =
                new java.util.EnumMap<>(news.dateline.platform.Language.class);

        static {
            for (news.dateline.platform.Language language : news.dateline.platform.Language.values()) {
                IN.put(language, new Words(word(language, "article.by"), word(language, "article.byMany"),
                        word(language, "article.updated"),
                        word(language, "article.corrections"), word(language, "article.correctedOn"),
                        word(language, "article.tags"), word(language, "live.badge"), word(language, "live.heading"),
                        news.dateline.platform.PageRenderer.message(language, "live.newUpdates", "{0}")));
            }
        }

        /** The words in that language (made once). */
        public static Words in(news.dateline.platform.Language language) {
            return IN.get(language);
        }

        private static String word(news.dateline.platform.Language language, String key) {
            return news.dateline.platform.PageRenderer.message(language, key);
        }
    }

    /** The link to the story in the other language: its address, its language and the words of the link. */
    public record Translation(String url, String language, String text) {
    }

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
