package news.dateline.article;

/** Where an article is in its life. Only {@link #PUBLISHED} articles are visible to readers. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
