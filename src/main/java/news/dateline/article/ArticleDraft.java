package news.dateline.article;

import java.util.List;

/**
 * Everything a newsroom sets on an article, as a request to the service. References are by
 * public keys (section slug, photo id) and are resolved and checked by the service.
 */
public record ArticleDraft(ArticleText text, String sectionSlug, List<String> tags, List<String> bylines,
                           Long photoId, String photoCaption) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
    }
}
