package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One status change of an article: from, to, who and when. Never changed once written. */
@Entity
@Table(name = "article_transition")
public class ArticleTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private ArticleStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ArticleStatus to;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "note", length = 1000)
    private String note;

    protected ArticleTransition() {
    }

    ArticleTransition(long articleId, ArticleStatus from, ArticleStatus to, Long accountId, Instant at, String note) {
        this.articleId = articleId;
        this.from = from;
        this.to = to;
        this.accountId = accountId;
        this.at = at;
        this.note = note;
    }

    public ArticleStatus getFrom() {
        return from;
    }

    public ArticleStatus getTo() {
        return to;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
