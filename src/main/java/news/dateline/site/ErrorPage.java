package news.dateline.site;

/** What an error page says: the status and a short explanation for a person. */
public record ErrorPage(int status, String title, String message) {
}
