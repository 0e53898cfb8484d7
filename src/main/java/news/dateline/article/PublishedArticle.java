package news.dateline.article;

import java.time.Instant;
import java.util.List;

/** A published article with everything its page shows, detached from the persistence context. */
public record PublishedArticle(long id, String slug, String headline, String lead, String bodyHtml,
                               String datelinePlace, String agencyMark, String sectionName, String sectionSlug,
                               Instant publishedAt, Instant updatedAt, List<String> bylines, List<TagLink> tags,
                               Photo photo, List<Correction> corrections, List<Long> bylineContributorIds,
                               List<String> bylineContributorSlugs, List<LiveUpdate> liveUpdates, String language,
                               Long translationId, Translation translation) {

    /**
     * The story in the other language, while it is published ({@code translation} is null otherwise;
     * {@code translationId} names the linked story whatever its state, so that its page changes with it).
     */
    public record Translation(long id, String slug, Instant publishedAt, String language) {
    }

    /** An update of a live story, newest first on its page; {@code photo} is null when it has none. */
    public record LiveUpdate(long id, Instant postedAt, String text, String postedBy, LiveUpdatePhoto photo) {
    }

    /** The photo of a live update. */
    public record LiveUpdatePhoto(long id, String mimeType, int width, String alt, news.dateline.media.FocalPoint focus) {
    }

    /** A story with updates is live: its page is a live blog. */
    public boolean isLive() {
        return !liveUpdates.isEmpty();
    }

    /** A correction readers see under the article. */
    public record Correction(Instant at, String note) {
    }

    public record TagLink(String name, String slug) {
    }

    /** The main photo as this article shows it (its caption may be the article's own). */
    public record Photo(long id, String extension, int width, int height, String caption, String credit,
                        java.util.List<Integer> renditionWidths, String alt, news.dateline.media.FocalPoint focus) {
    }
}
