package news.dateline.desk;

/**
 * Something happened to a story that people on the desk are told about. Fired by the article's
 * service inside its transaction, so the notifications commit with the action or not at all.
 *
 * @param writerId the account that created the story (null for imported stories)
 * @param actorId  who did it (null for the scheduler); nobody is told about their own action
 */
public record StoryEvent(NotificationKind kind, long articleId, String headline, Long writerId, Long actorId) {
}
