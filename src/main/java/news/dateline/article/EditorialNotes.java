package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.platform.NewsroomClock;

/**
 * A story's editorial thread. Anyone who may read the story in the newsroom may add to it; a note
 * that names a colleague with {@code @username} tells them.
 */
@ApplicationScoped
@Transactional
public class EditorialNotes {

    /** A note as pages show it. */
    public record Line(String who, String when, String iso, String text, boolean returned) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleService articles;

    @Inject
    Event<NoteWritten> noteWritten;

    @Inject
    NewsroomClock clock;

    /**
     * @throws NoteRefused when the text is empty, too long or has control characters
     * @throws news.dateline.account.AccessDeniedException when the editor may not read the story
     */
    public EditorialNote add(Editor editor, long articleId, String text) {
        String body = EditorialNote.checked(text);
        Article article = articles.forReading(editor, articleId);
        EditorialNote note = new EditorialNote(article.getId(), editor.accountId(), body, false, clock.now());
        em.persist(note);
        em.flush();
        noteWritten.fire(new NoteWritten(note, article.getHeadline(), article.getCreatedBy()));
        return note;
    }

    /** The story's notes, oldest first, with their writers' names: one statement. */
    public List<Line> thread(long articleId) {
        List<Object[]> rows = em.createQuery("select n, a.displayName from EditorialNote n, Account a"
                        + " where a.id = n.accountId and n.articleId = :article order by n.at, n.id", Object[].class)
                .setParameter("article", articleId).getResultList();
        return rows.stream().map(row -> {
            EditorialNote note = (EditorialNote) row[0];
            return new Line((String) row[1], clock.display(note.getAt()), clock.iso(note.getAt()), note.getBody(),
                    note.isReturned());
        }).toList();
    }

    /**
     * For the stories among {@code articleIds} that are drafts sent back with a note, that note
     * (the latest), by story id: one statement.
     */
    public Map<Long, String> returnNotes(Collection<Long> articleIds) {
        Map<Long, String> notes = new HashMap<>();
        if (articleIds.isEmpty()) {
            return notes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (n.article_id) n.article_id, n.body"
                        + " from article_note n join article a on a.id = n.article_id"
                        + " where n.article_id in (:ids) and n.returned and a.status = 'DRAFT'"
                        + " order by n.article_id, n.at desc, n.id desc")
                .setParameter("ids", articleIds).getResultList();
        rows.forEach(row -> notes.put(((Number) row[0]).longValue(), (String) row[1]));
        return notes;
    }
}
