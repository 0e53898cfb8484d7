package news.dateline.article;

/** The change was based on an older version of the article than the one stored. */
public class StaleArticleException extends RuntimeException {

    public StaleArticleException() {
        super("Someone else has changed this article since you opened it.");
    }
}
