package news.dateline.desk;

import news.dateline.account.Editor;

/**
 * An editor sent a submitted story back to its writer with a note. Fired inside the transaction
 * that moves the story back to draft: the note and the writer's notification are stored with it.
 */
public record StoryReturned(long articleId, String headline, Long writerId, Editor by, String note) {
}
