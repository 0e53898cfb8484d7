package news.dateline.contributor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.platform.Slug;

/** Contributor profiles: listed for bylines, managed by editors and admins. */
@ApplicationScoped
@Transactional
public class ContributorService {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<news.dateline.platform.SiteChanged> siteChanged;

    public List<Contributor> list() {
        return em.createQuery("select c from Contributor c order by c.name", Contributor.class).getResultList();
    }

    /** Slugs by contributor id, in one query. */
    public java.util.Map<Long, String> slugs(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> slugs = new java.util.HashMap<>();
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
        return createUnchecked(name, bio, photoId, accountId);
    }

    /** For start-up code (demo content) that acts for nobody. */
    public Contributor createUnchecked(String name, String bio, Long photoId, Long accountId) {
        Slug wanted = Slug.fromTitle(name == null || name.isBlank() ? "-" : name);
        Slug slug = wanted;
        for (int n = 2; slugTaken(slug); n++) {
            slug = wanted.withSuffix(n);
        }
        Contributor contributor = new Contributor(name, slug, bio, photoId, accountId);
        em.persist(contributor);
        return contributor;
    }

    public void update(Editor actor, long id, String name, String bio, Long photoId, Long accountId) {
        actor.require(Permission.MANAGE_CONTRIBUTORS);
        Contributor contributor = find(id).orElseThrow(() -> new IllegalArgumentException("No such contributor."));
        contributor.describe(name, bio, photoId, accountId);
        siteChanged.fire(new news.dateline.platform.SiteChanged(java.util.Set.of("author:" + id)));
    }

    private boolean slugTaken(Slug slug) {
        return !em.createQuery("select c.id from Contributor c where c.slug = :slug", Long.class)
                .setParameter("slug", slug.value()).getResultList().isEmpty();
    }
}
