package news.dateline.article;

import news.dateline.platform.FieldRefused;

/** A note that cannot be stored: {@link #field()} is the form field, {@link #messageKey()} says why. */
public class NoteRefused extends FieldRefused {

    public NoteRefused(String field, String messageKey) {
        super(field, messageKey);
    }
}
