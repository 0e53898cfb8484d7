package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.FieldRefused;

/**
 * Links a story to its translation in the other language: both rows name each other, so each page links to
 * the other ({@code hreflang}) while both are published. A story has at most one translation. Linking and
 * unlinking lock both stories' rows (in the order of their numbers, so two editors linking the same pair the
 * other way round wait for each other instead of deadlocking) and drop both stories' pages.
 */
@ApplicationScoped
@Transactional
public class Translations {

    /** The story a story is linked to, as the newsroom shows it. */
    public record Linked(long id, String headline, String language, ArticleStatus status) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ArticleChanged> changed;

    /** The translation of a story, if it has one. */
    public Optional<Linked> of(long articleId) {
        List<?> rows = em.createNativeQuery("select t.id, t.headline, t.language, t.status from article a"
                        + " join article t on t.id = a.translation_id where a.id = :id")
                .setParameter("id", articleId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Linked(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], ArticleStatus.valueOf((String) r[3]))).findFirst();
    }

    /**
     * Links the story to the one numbered {@code other}.
     *
     * @throws FieldRefused on field {@code translation}: not a story's number, the story itself, a story in
     *         the same language, or either story already linked to another
     */
    public void link(Editor editor, long articleId, String other) {
        editor.require(Permission.PUBLISH_ARTICLE);
        String given = other == null ? "" : other.strip();
        if (given.startsWith("#")) {
            given = given.substring(1).strip();
        }
        if (!given.matches("\\d{1,18}")) {
            throw new FieldRefused("translation", "translation.error.number");
        }
        long otherId = Long.parseLong(given);
        if (otherId == articleId) {
            throw new FieldRefused("translation", "translation.error.itself");
        }
        Row story = locked(articleId, otherId, articleId).orElseThrow(() ->
                new FieldRefused("article", "translation.error.noSuchStory"));
        Row translation = locked(articleId, otherId, otherId).orElseThrow(() ->
                new FieldRefused("translation", "translation.error.noSuchStory"));
        if (story.language.equals(translation.language)) {
            throw new FieldRefused("translation", "translation.error.sameLanguage");
        }
        if (story.translationId != null && story.translationId == otherId) {
            return;
        }
        if (story.translationId != null) {
            throw new FieldRefused("translation", "translation.error.alreadyLinked", story.translationId);
        }
        if (translation.translationId != null) {
            throw new FieldRefused("translation", "translation.error.otherLinked", otherId, translation.translationId);
        }
        em.createNativeQuery("update article set translation_id = case id when :a then :b else :a end"
                        + " where id in (:a, :b)")
                .setParameter("a", articleId).setParameter("b", otherId).executeUpdate();
        audit.record(AuditAction.TRANSLATION_LINKED, editor, "article " + articleId,
                "article " + otherId + " (" + translation.language + ")");
        dropPages(articleId, otherId);
    }

    /**
     * Takes the link off the story and its translation.
     *
     * @return false when there was none (another editor may have taken it off)
     */
    public boolean unlink(Editor editor, long articleId) {
        editor.require(Permission.PUBLISH_ARTICLE);
        Optional<Linked> linked = of(articleId);
        if (linked.isEmpty()) {
            return false;
        }
        long otherId = linked.get().id();
        locked(articleId, otherId, articleId);
        int changedRows = em.createNativeQuery("update article set translation_id = null"
                        + " where (id = :a and translation_id = :b) or (id = :b and translation_id = :a)")
                .setParameter("a", articleId).setParameter("b", otherId).executeUpdate();
        if (changedRows == 0) {
            return false;
        }
        audit.record(AuditAction.TRANSLATION_UNLINKED, editor, "article " + articleId, "article " + otherId);
        dropPages(articleId, otherId);
        return true;
    }

    private record Row(long id, String language, Long translationId) {
    }

    /** Locks both stories' rows, lower number first, and gives the row of {@code wanted}. */
    private Optional<Row> locked(long a, long b, long wanted) {
        List<?> rows = em.createNativeQuery("select id, language, translation_id from article where id in (:a, :b)"
                        + " order by id for update")
                .setParameter("a", a).setParameter("b", b).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Row(((Number) r[0]).longValue(), (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue()))
                .filter(r -> r.id == wanted).findFirst();
    }

    private void dropPages(long... ids) {
        for (long id : ids) {
            Article article = em.find(Article.class, id);
            if (article != null && article.getPublishedAt() != null) {
                changed.fire(ArticleChanged.shownAt(article));
            }
        }
    }
}
