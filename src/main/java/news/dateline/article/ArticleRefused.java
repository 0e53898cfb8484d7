package news.dateline.article;

import news.dateline.platform.FieldRefused;

/**
 * A change to an article refused because of a value: the editor's field it concerns ({@code form}
 * for the article as a whole), the message key that says why, and its arguments (an {@code Instant}
 * among them is shown in the newsroom's time zone).
 */
public class ArticleRefused extends FieldRefused {

    public ArticleRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
