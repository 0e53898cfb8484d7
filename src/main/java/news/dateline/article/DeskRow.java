package news.dateline.article;

import java.time.Instant;
import java.util.List;

/** One article in the newsroom's list: what it is, where it stands, and who changed it last. */
public record DeskRow(long id, String headline, String sectionName, ArticleStatus status, Instant updatedAt,
                      Long updatedBy, List<String> bylines, Instant scheduledAt) {

    public PageKey pageKey() {
        return new PageKey(updatedAt, id);
    }
}
