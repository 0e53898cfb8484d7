package news.dateline.article;

/**
 * The written part of an article. The body is raw HTML as the editor sent it; the article
 * sanitizes it before keeping it. The language ({@code en} or {@code ru}) decides search stemming.
 */
public record ArticleText(String headline, String lead, String bodyHtml, String datelinePlace, String agencyMark,
                          String language) {

    public ArticleText {
        language = language == null || language.isBlank() ? "en" : language.strip();
    }

    /** English text. */
    public ArticleText(String headline, String lead, String bodyHtml, String datelinePlace, String agencyMark) {
        this(headline, lead, bodyHtml, datelinePlace, agencyMark, "en");
    }
}
