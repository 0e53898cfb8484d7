package news.dateline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import news.dateline.platform.ClientAddress;
import news.dateline.platform.NewsroomClock;

/**
 * Writes and reads the audit log. A line is written in the transaction of the change it records,
 * so a change that is rolled back leaves no line; the client address comes from the current request
 * when there is one.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    NewsroomClock clock;

    public void record(AuditAction action, Actor actor, String target, String detail) {
        em.persist(new AuditEvent(clock.now(), action, actor == null ? null : actor.accountId(),
                actor == null ? "system" : actor.displayName() + " (" + actor.username() + ")", target, address(),
                detail));
    }

    /** For lines without a signed-in actor, such as a failed sign-in or the scheduler. */
    public void record(AuditAction action, String actorName, String target, String detail) {
        em.persist(new AuditEvent(clock.now(), action, null, actorName, target, address(), detail));
    }

    /** The newest lines first, filtered; {@code before} is the (time, id) of the last line already shown. */
    public List<AuditEvent> search(AuditFilter filter, Instant beforeAt, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (filter.action() != null) {
            jpql.append(" and e.action = :action");
        }
        if (filter.actor() != null) {
            jpql.append(" and lower(e.actorName) like :actor");
        }
        if (filter.target() != null) {
            jpql.append(" and lower(e.target) like :target");
        }
        if (filter.from() != null) {
            jpql.append(" and e.at >= :from");
        }
        if (filter.until() != null) {
            jpql.append(" and e.at < :until");
        }
        if (beforeAt != null) {
            jpql.append(" and (e.at, e.id) < (:beforeAt, :beforeId)");
        }
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class).setMaxResults(limit);
        if (filter.action() != null) {
            query.setParameter("action", filter.action().name());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", like(filter.actor()));
        }
        if (filter.target() != null) {
            query.setParameter("target", like(filter.target()));
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        if (beforeAt != null) {
            query.setParameter("beforeAt", beforeAt).setParameter("beforeId", beforeId);
        }
        return query.getResultList();
    }

    private static String like(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private String address() {
        try {
            return request.isResolvable() ? clientAddress.of(request.get()) : null;
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }
}
