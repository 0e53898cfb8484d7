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

    /** The status as people read it, e.g. "Published". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
