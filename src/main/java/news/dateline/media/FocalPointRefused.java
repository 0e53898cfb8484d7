package news.dateline.media;

/** A focal point that was not set because of what was typed: the field ({@code focalX} or {@code focalY}) and why. */
public class FocalPointRefused extends news.dateline.platform.FieldRefused {

    public FocalPointRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
