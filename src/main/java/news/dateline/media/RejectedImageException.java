package news.dateline.media;

import java.util.List;

/**
 * Thrown when an uploaded file cannot be taken into the library. It carries the message key (and
 * its arguments) of the reason; {@link #getMessage()} is that message's text, for the upload field.
 */
public class RejectedImageException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public RejectedImageException(String messageKey, Object... arguments) {
        super(news.dateline.platform.PageRenderer.message(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
