package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug a published article used to have; its URL redirects to the article's current one. */
@Entity
@Table(name = "article_slug_history")
public class SlugRedirect {

    @Id
    @Column(name = "slug", length = 200)
    private String slug;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    protected SlugRedirect() {
    }

    SlugRedirect(String slug, long articleId) {
        this.slug = slug;
        this.articleId = articleId;
    }

    public long getArticleId() {
        return articleId;
    }
}
