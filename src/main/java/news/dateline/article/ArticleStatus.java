package news.dateline.article;

/** Where an article is in its life. Only {@link #PUBLISHED} articles are visible to readers. */
public enum ArticleStatus {
    /** Being written; only the newsroom sees it. */
    DRAFT,
    /** Handed to the editors for review. */
    SUBMITTED,
    /** On the public site. */
    PUBLISHED,
    /** Taken off the site; its URL answers 410 Gone. */
    WITHDRAWN
}
