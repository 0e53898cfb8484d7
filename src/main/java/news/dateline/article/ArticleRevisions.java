package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps a revision of an article after every change; reads them back. Joins the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticleRevisions {

    @PersistenceContext
    EntityManager em;

    /**
     * Stores the article as it is now as its next revision, after writing the change itself. A
     * concurrent save that got there first (same base version) surfaces here as a stale article.
     */
    ArticleRevision record(Article article, String reason, Long accountId, Instant now) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException concurrentSave) {
            throw new StaleArticleException();
        }
        Integer last = em.createQuery("select max(r.number) from ArticleRevision r where r.articleId = :id",
                Integer.class).setParameter("id", article.getId()).getSingleResult();
        ArticleRevision revision = new ArticleRevision(article, last == null ? 1 : last + 1, reason, accountId, now);
        em.persist(revision);
        return revision;
    }

    List<ArticleRevision> of(long articleId) {
        return em.createQuery("select r from ArticleRevision r where r.articleId = :id order by r.number desc",
                ArticleRevision.class).setParameter("id", articleId).getResultList();
    }

    Optional<ArticleRevision> find(long articleId, int number) {
        return em.createQuery("select r from ArticleRevision r where r.articleId = :id and r.number = :number",
                        ArticleRevision.class)
                .setParameter("id", articleId).setParameter("number", number)
                .getResultStream().findFirst();
    }
}
