package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * Everything a newsroom sets on an article, as a request to the service. References are by
 * public keys (section slug, photo id) and are resolved and checked by the service. A null slug
 * means "from the headline" for a new article and "unchanged" for an existing one.
 */
public record ArticleDraft(ArticleText text, String sectionSlug, List<String> tags, List<Byline> bylines,
                           Long photoId, String photoCaption, String slug, Instant publicationTime,
                           Instant embargoUntil) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
    }

    /** A draft with free-text bylines, no chosen slug and no planned time (wire copy, demo content). */
    public static ArticleDraft of(ArticleText text, String sectionSlug, List<String> tags, List<String> bylines,
                                  Long photoId, String photoCaption) {
        return new ArticleDraft(text, sectionSlug, tags, bylines.stream().map(Byline::freeText).toList(), photoId,
                photoCaption, null, null, null);
    }
}
