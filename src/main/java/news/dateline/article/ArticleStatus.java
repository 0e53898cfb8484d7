package news.dateline.article;

/** Where an article is in its life. Only {@link #PUBLISHED} articles are visible to readers. */
public enum ArticleStatus {
    /** Being written; only the newsroom sees it. */
    DRAFT,
    /** Handed to the editors for review. */
    SUBMITTED,
    /** Waiting for its publication time; the scheduler publishes it then. */
    SCHEDULED,
    /** On the public site. */
    PUBLISHED,
    /** Taken off the site; its URL answers 410 Gone. */
    WITHDRAWN;

    /** The status as people read it in the interface's language, e.g. "Published" or "Опубликован". */
    public String label() {
        return news.dateline.platform.PageRenderer.message("article.status." + name());
    }
}
