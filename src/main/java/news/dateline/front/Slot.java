package news.dateline.front;

/**
 * A story placed on a front, with what this placement shows instead of the story's own headline, lead and
 * photo (null: the story's own).
 */
public record Slot(long articleId, String headline, String lead, Long photoId) {

    public static Slot of(long articleId) {
        return new Slot(articleId, null, null, null);
    }

    Slot overridden(String headline, String lead, Long photoId) {
        return new Slot(articleId, headline, lead, photoId);
    }
}
