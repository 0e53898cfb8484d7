package news.dateline.account;

/** The signed-in user may not do what was asked; answered with 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
