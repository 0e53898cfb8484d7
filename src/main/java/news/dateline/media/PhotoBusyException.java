package news.dateline.media;

/**
 * Thrown when an upload arrives while as many photos as the library processes at once are already
 * being checked or waiting for their renditions. Nothing is stored; the upload may be tried again.
 */
public class PhotoBusyException extends RejectedImageException {

    public PhotoBusyException() {
        super("media.error.busy");
    }
}
