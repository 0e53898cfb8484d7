package news.dateline.article;

import news.dateline.platform.PageRenderer;

/** A note that cannot be stored; {@link #field()} is the form field, {@link #messageKey()} says why. */
public class NoteRefused extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public NoteRefused(String field, String messageKey) {
        super(PageRenderer.message(messageKey));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
