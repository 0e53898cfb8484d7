package news.dateline.contributor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.Slug;

/**
 * Contributor profiles: listed for bylines, managed by editors and admins. Two profiles may not
 * share a name (letter case aside), so that a byline list never offers two alike; creates and
 * renames take one database-wide lock, so two identical ones at the same moment give one profile
 * and one refusal, on any number of servers.
 */
@ApplicationScoped
@Transactional
public class ContributorService {

    private static final long CONTRIBUTOR_NAMES_LOCK = 0x434f4e54L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ContributorChanged> contributorChanged;

    @Inject
    AuditLog audit;

    @Inject
    NewsroomClock clock;

    /** Every profile, retired ones too, by name. */
    public List<Contributor> list() {
        return em.createQuery("select c from Contributor c order by c.name", Contributor.class).getResultList();
    }

    /** The profiles a byline may name: those not retired, and those the story names already. */
    public List<Contributor> offeredFor(Collection<Long> alreadyBylined) {
        return em.createQuery("select c from Contributor c where c.retiredAt is null or c.id in :current"
                        + " order by c.name", Contributor.class)
                .setParameter("current", alreadyBylined.isEmpty() ? List.of(-1L) : alreadyBylined)
                .getResultList();
    }

    /** Slugs by contributor id, in one query. */
    public Map<Long, String> slugs(Collection<Long> ids) {
        Map<Long, String> slugs = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, c.slug from Contributor c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> slugs.put((Long) row[0], (String) row[1]));
        }
        return slugs;
    }

    public Optional<Contributor> findBySlug(String slug) {
        return em.createQuery("select c from Contributor c where c.slug = :slug", Contributor.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<Contributor> find(long id) {
        return Optional.ofNullable(em.find(Contributor.class, id));
    }

    public Contributor create(Editor actor, String name, String bio, Long photoId, Long accountId) {
        actor.require(Permission.MANAGE_CONTRIBUTORS);
        lockNames();
        requireFreeName(name, null);
        Contributor contributor = createUnchecked(name, bio, photoId, accountId);
        audit.record(AuditAction.CONTRIBUTOR_CREATED, actor, target(contributor), contributor.getName());
        return contributor;
    }

    /** For start-up code (demo content) and tests that act for nobody; a name already there gets its own slug. */
    public Contributor createUnchecked(String name, String bio, Long photoId, Long accountId) {
        lockNames();
        Slug wanted = slugFor(Contributor.requireName(name));
        Slug slug = wanted;
        for (int n = 2; slugTaken(slug); n++) {
            slug = wanted.withSuffix(n);
        }
        Contributor contributor = new Contributor(name, slug, bio, photoId, accountId);
        em.persist(contributor);
        return contributor;
    }

    /** Changes name, bio, photo and account; the slug, and so the author page's address, stays. */
    public Contributor update(Editor actor, long id, String name, String bio, Long photoId, Long accountId) {
        actor.require(Permission.MANAGE_CONTRIBUTORS);
        lockNames();
        Contributor contributor = existing(id);
        requireFreeName(name, id);
        String before = contributor.getName();
        contributor.describe(name, bio, photoId, accountId);
        audit.record(AuditAction.CONTRIBUTOR_EDITED, actor, target(contributor),
                before.equals(contributor.getName()) ? before : before + " → " + contributor.getName());
        changed(contributor);
        return contributor;
    }

    public Contributor retire(Editor actor, long id) {
        actor.require(Permission.MANAGE_CONTRIBUTORS);
        Contributor contributor = existing(id);
        contributor.retire(clock.now());
        audit.record(AuditAction.CONTRIBUTOR_RETIRED, actor, target(contributor), contributor.getName());
        changed(contributor);
        return contributor;
    }

    public Contributor restore(Editor actor, long id) {
        actor.require(Permission.MANAGE_CONTRIBUTORS);
        Contributor contributor = existing(id);
        contributor.restore();
        audit.record(AuditAction.CONTRIBUTOR_RESTORED, actor, target(contributor), contributor.getName());
        changed(contributor);
        return contributor;
    }

    /** Removes a profile no byline names; one with bylines is retired instead. */
    public String delete(Editor actor, long id) {
        actor.require(Permission.MANAGE_CONTRIBUTORS);
        Contributor contributor = existing(id);
        long bylines = ((Number) em.createNativeQuery("select count(distinct article_id) from article_byline"
                + " where contributor_id = ?1").setParameter(1, id).getSingleResult()).longValue();
        if (bylines > 0) {
            throw new ContributorRefused("contributor", "contributors.error.bylined", contributor.getName(), bylines);
        }
        em.remove(contributor);
        try {
            em.flush();
        } catch (PersistenceException bylinedMeanwhile) {
            throw new ContributorRefused("contributor", "contributors.error.bylined", contributor.getName(), 1);
        }
        audit.record(AuditAction.CONTRIBUTOR_DELETED, actor, target(contributor), contributor.getName());
        changed(contributor);
        return contributor.getName();
    }

    private void requireFreeName(String name, Long except) {
        String wanted = Contributor.requireName(name);
        boolean taken = !em.createQuery("select c.id from Contributor c where lower(c.name) = lower(:name)"
                        + " and c.id <> :except", Long.class)
                .setParameter("name", wanted).setParameter("except", except == null ? -1L : except)
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new ContributorRefused("name", "contributors.error.taken", wanted);
        }
    }

    private Contributor existing(long id) {
        return find(id).orElseThrow(ContributorRefused::unknown);
    }

    private static Slug slugFor(String name) {
        try {
            return Slug.fromTitle(name);
        } catch (IllegalArgumentException noLetterOrDigit) {
            return new Slug("contributor");
        }
    }

    private boolean slugTaken(Slug slug) {
        return !em.createQuery("select c.id from Contributor c where c.slug = :slug", Long.class)
                .setParameter("slug", slug.value()).getResultList().isEmpty();
    }

    private void lockNames() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + CONTRIBUTOR_NAMES_LOCK + ")").getSingleResult();
    }

    private void changed(Contributor contributor) {
        contributorChanged.fire(new ContributorChanged(contributor.getId()));
    }

    private static String target(Contributor contributor) {
        return "contributor " + contributor.getId() + " (" + contributor.getName() + ")";
    }
}
