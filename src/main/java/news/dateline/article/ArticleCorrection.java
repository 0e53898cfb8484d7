package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A correction of a published article: the note readers see, with when and by whom. */
@Entity
@Table(name = "article_correction")
public class ArticleCorrection {

    public static final int MAX_NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "note", nullable = false, length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "account_id")
    private Long accountId;

    protected ArticleCorrection() {
    }

    ArticleCorrection(long articleId, String note, Long accountId, Instant at) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE_LENGTH) {
            throw new ArticleRefused("correctionNote", "editor.error.correctionNoteLength", MAX_NOTE_LENGTH);
        }
        this.articleId = articleId;
        this.note = text;
        this.accountId = accountId;
        this.at = at;
    }

    public String getNote() {
        return note;
    }

    public Instant getAt() {
        return at;
    }
}
