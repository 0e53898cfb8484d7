package news.dateline.article;

/**
 * Thrown when an article is asked to make a status change its current status does not allow; the
 * message key says why, for the editor's form as a whole.
 */
public class IllegalTransitionException extends ArticleRefused {

    public IllegalTransitionException(String messageKey, Object... arguments) {
        super("form", messageKey, arguments);
    }
}
