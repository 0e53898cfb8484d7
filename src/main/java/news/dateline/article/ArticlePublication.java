package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One publication of an article, by hand or by the scheduler: counted to prove "exactly once". */
@Entity
@Table(name = "article_publication")
public class ArticlePublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "scheduled", nullable = false)
    private boolean scheduled;

    @Column(name = "published_by", nullable = false, length = 200)
    private String publishedBy;

    protected ArticlePublication() {
    }

    ArticlePublication(long articleId, Instant at, boolean scheduled, String publishedBy) {
        this.articleId = articleId;
        this.at = at;
        this.scheduled = scheduled;
        this.publishedBy = publishedBy;
    }
}
