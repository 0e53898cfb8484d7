package news.dateline.article;

/** Thrown when an article is asked to make a status change its current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
