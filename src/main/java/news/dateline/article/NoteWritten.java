package news.dateline.article;

/**
 * A note was added to a story's editorial thread (a comment, or the note a story was sent back
 * with). Fired inside the transaction that stored the note, so whatever observes it (the desk's
 * notifications) commits with it or not at all.
 *
 * @param headline the story's headline when the note was written
 * @param writerId the account that created the story (null for imported stories)
 */
public record NoteWritten(EditorialNote note, String headline, Long writerId) {
}
