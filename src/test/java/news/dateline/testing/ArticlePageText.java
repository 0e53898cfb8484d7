package news.dateline.testing;

import java.util.List;
import org.jsoup.nodes.Document;

/** What a reader reads on an article page, top to bottom, one element a line. */
public final class ArticlePageText {

    private ArticlePageText() {
    }

    /** The link back to All news, headline, lead, the photo (alt text, caption, credit), then the body. */
    public static List<String> visibleLines(Document page) {
        return page.select("main a.all-news, main h1, main .lead, main figure img, main figcaption .caption,"
                        + " main figcaption .credit, main .article-body > *")
                .stream()
                .map(element -> element.is("img") ? element.attr("alt") : element.text())
                .toList();
    }
}
