package news.dateline.media;

/** Thrown when uploaded bytes are not a JPEG, PNG or WebP image the library can take. */
public class RejectedImageException extends RuntimeException {

    public RejectedImageException(String message) {
        super(message);
    }
}
