package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newsroom's read side: every article, most recently changed first, filtered by status and
 * section, keyset-paged. Two queries a page (rows, then all their bylines), whatever its length.
 */
@ApplicationScoped
@Transactional
public class ArticleDesk {

    @PersistenceContext
    EntityManager em;

    public List<DeskRow> page(ArticleStatus status, String sectionSlug, PageKey after, int limit) {
        StringBuilder jpql = new StringBuilder("select a.id, a.headline, s.name, a.status, a.updatedAt, a.updatedBy, a.scheduledAt"
                + " from Article a join a.section s where 1 = 1");
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        if (sectionSlug != null) {
            jpql.append(" and s.slug = :section");
        }
        if (after != null) {
            jpql.append(" and (a.updatedAt, a.id) < (:at, :id)");
        }
        jpql.append(" order by a.updatedAt desc, a.id desc");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (sectionSlug != null) {
            query.setParameter("section", sectionSlug);
        }
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, List<String>> bylines = bylinesOf(rows.stream().map(r -> (Long) r[0]).toList());
        List<DeskRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            result.add(new DeskRow(id, (String) r[1], (String) r[2], (ArticleStatus) r[3], (Instant) r[4],
                    (Long) r[5], bylines.getOrDefault(id, List.of()), (Instant) r[6]));
        }
        return result;
    }

    private Map<Long, List<String>> bylinesOf(List<Long> ids) {
        Map<Long, List<String>> bylines = new HashMap<>();
        if (ids.isEmpty()) {
            return bylines;
        }
        em.createQuery("select a.id, b.name from Article a join a.bylines b where a.id in :ids"
                        + " order by a.id, index(b)", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> bylines.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return bylines;
    }
}
