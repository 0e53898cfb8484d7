package news.dateline.article;

import java.time.Instant;
import news.dateline.platform.PageKey;

/** One published article as a listing shows it; read in one query with its section. */
public record ArticleSummary(long id, String slug, String headline, String lead, String sectionName,
                             String sectionSlug, Instant publishedAt, Instant updatedAt, Long photoId,
                             String photoMimeType, Integer photoWidth, String photoAlt, Long photoByteSize,
                             String photoCredit, String photoAltText, Integer photoFocalX, Integer photoFocalY,
                             String language) {

    public PageKey pageKey() {
        return new PageKey(publishedAt, id);
    }
}
