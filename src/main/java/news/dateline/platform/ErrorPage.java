package news.dateline.platform;

/** What an error page says: the status and a short explanation for a person. */
public record ErrorPage(int status, String title, String message, String messageKey) {

    public ErrorPage(int status, String title, String message) {
        this(status, title, message, null);
    }

    /** The same page, explained by a message of the bundle instead. */
    ErrorPage explainedBy(String key) {
        return new ErrorPage(status, title, null, key);
    }
}
