package news.dateline.article;

/**
 * The written part of an article. The body is raw HTML as the editor sent it; the article
 * sanitizes it before keeping it.
 */
public record ArticleText(String headline, String lead, String bodyHtml, String datelinePlace, String agencyMark) {
}
