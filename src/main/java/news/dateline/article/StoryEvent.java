package news.dateline.article;

/**
 * Something happened to a story that people on the desk are told about. Fired by the article's
 * service inside its transaction, so whatever observes it commits with the action or not at all.
 *
 * @param writerId the account that created the story (null for imported stories)
 * @param actorId  who did it (null for the scheduler); nobody is told about their own action
 */
public record StoryEvent(Kind kind, long articleId, String headline, Long writerId, Long actorId) {

    /** What happened. */
    public enum Kind {
        /** The story waits for review. */
        SUBMITTED,
        /** The story will be published at a planned time. */
        SCHEDULED,
        /** The story is on the site. */
        PUBLISHED,
        /** A correction was published on the story. */
        CORRECTED
    }
}
