package news.dateline.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.Slug;

/**
 * Reads sections and carries out the desk's changes to them. Every change to the set or the order
 * of sections takes one database-wide lock first, so two changes at the same moment, on any
 * server, happen one after the other: two identical creates give one section and one refusal.
 */
@ApplicationScoped
@Transactional
public class SectionService {

    private static final long SECTION_ORDER_LOCK = 0x53454354L;

    /** Which way a section moves in the navigation. */
    public enum Direction { UP, DOWN }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SectionsChanged> sectionsChanged;

    @Inject
    AuditLog audit;

    @Inject
    NewsroomClock clock;

    /** Every section, retired ones too, in navigation order. */
    public List<SectionLink> navigation() {
        return em.createQuery("select new news.dateline.section.SectionLink(s.name, s.slug) from Section s"
                        + " order by s.position, s.name", SectionLink.class)
                .getResultList();
    }

    /** The sections a story may be put in: those not retired, and the one it is in already (if any). */
    public List<SectionLink> offeredFor(String currentSlug) {
        return em.createQuery("select new news.dateline.section.SectionLink(s.name, s.slug) from Section s"
                        + " where s.retiredAt is null or s.slug = :current order by s.position, s.name", SectionLink.class)
                .setParameter("current", currentSlug == null ? "" : currentSlug)
                .getResultList();
    }

    /**
     * The sections readers see (in the masthead, search filters and sitemaps): those with at least
     * one published article. A section without one answers 404 on the public site.
     */
    public List<SectionLink> publicNavigation() {
        return em.createNativeQuery("select s.name, s.slug from section s where exists (select 1 from article a"
                        + " where a.section_id = s.id and a.status = 'PUBLISHED') order by s.position, s.name")
                .getResultList().stream().map(row -> {
                    Object[] columns = (Object[]) row;
                    return new SectionLink((String) columns[0], (String) columns[1]);
                }).toList();
    }

    public Optional<Section> findBySlug(String slug) {
        return em.createQuery("select s from Section s where s.slug = :slug", Section.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<Section> list() {
        return em.createQuery("select s from Section s order by s.position, s.name", Section.class).getResultList();
    }

    /**
     * Adds a section at a position; sections at or after it move down one place. Without a
     * position it goes last.
     */
    public Section create(Editor editor, String name, Integer position) {
        editor.require(Permission.MANAGE_SECTIONS);
        Section section = create(name, position);
        audit.record(AuditAction.SECTION_CREATED, editor, target(section), section.getName());
        return section;
    }

    /** For start-up code (demo content) and tests that act for nobody. */
    public Section create(String name, Integer position) {
        lockOrder();
        Slug slug = Section.slugFor(name);
        if (findBySlug(slug.value()).isPresent()) {
            throw new SectionRefused("name", "sections.error.taken", slug.value());
        }
        Section section = new Section(name, slug, placeFor(position));
        em.persist(section);
        sectionsChanged.fire(new SectionsChanged(Set.of()));
        return section;
    }

    public Section rename(Editor editor, String slug, String name) {
        editor.require(Permission.MANAGE_SECTIONS);
        Section section = existing(slug);
        String before = section.getName();
        section.rename(name);
        if (!before.equals(section.getName())) {
            audit.record(AuditAction.SECTION_RENAMED, editor, target(section), before + " → " + section.getName());
            changed(section);
        }
        return section;
    }

    /** Moves a section one place; the first cannot move up nor the last down, which changes nothing. */
    public Section move(Editor editor, String slug, Direction direction) {
        editor.require(Permission.MANAGE_SECTIONS);
        lockOrder();
        Section section = existing(slug);
        Optional<Section> neighbour = em.createQuery(direction == Direction.UP
                        ? "select s from Section s where s.position < :p order by s.position desc"
                        : "select s from Section s where s.position > :p order by s.position", Section.class)
                .setParameter("p", section.getPosition()).setMaxResults(1).getResultStream().findFirst();
        if (neighbour.isPresent()) {
            em.createNativeQuery("set constraints section_position_unique deferred").executeUpdate();
            int before = section.getPosition();
            section.swapPositionWith(neighbour.get());
            audit.record(AuditAction.SECTION_MOVED, editor, target(section), before + " → " + section.getPosition());
            changed(section);
        }
        return section;
    }

    public Section retire(Editor editor, String slug) {
        editor.require(Permission.MANAGE_SECTIONS);
        Section section = existing(slug);
        section.retire(clock.now());
        audit.record(AuditAction.SECTION_RETIRED, editor, target(section), section.getName());
        changed(section);
        return section;
    }

    public Section restore(Editor editor, String slug) {
        editor.require(Permission.MANAGE_SECTIONS);
        Section section = existing(slug);
        section.restore();
        audit.record(AuditAction.SECTION_RESTORED, editor, target(section), section.getName());
        changed(section);
        return section;
    }

    /** Removes a section that never had a story; one with stories is retired instead. */
    public String delete(Editor editor, String slug) {
        editor.require(Permission.MANAGE_SECTIONS);
        Section section = existing(slug);
        long stories = ((Number) em.createNativeQuery("select count(*) from article where section_id = ?1")
                .setParameter(1, section.getId()).getSingleResult()).longValue();
        if (stories > 0) {
            throw new SectionRefused("section", "sections.error.hasStories", section.getName(), stories);
        }
        em.remove(section);
        try {
            em.flush();
        } catch (PersistenceException storyAddedMeanwhile) {
            throw new SectionRefused("section", "sections.error.hasStories", section.getName(), 1);
        }
        audit.record(AuditAction.SECTION_DELETED, editor, target(section), section.getName());
        changed(section);
        return section.getName();
    }

    private int placeFor(Integer wanted) {
        Integer last = em.createQuery("select max(s.position) from Section s", Integer.class).getSingleResult();
        int end = last == null ? 0 : last + 1;
        if (wanted == null || wanted >= end) {
            return wanted == null ? end : wanted;
        }
        em.createQuery("update Section s set s.position = s.position + 1 where s.position >= :p")
                .setParameter("p", wanted).executeUpdate();
        return wanted;
    }

    private Section existing(String slug) {
        return findBySlug(slug == null ? "" : slug)
                .orElseThrow(SectionRefused::unknown);
    }

    private void lockOrder() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SECTION_ORDER_LOCK + ")").getSingleResult();
    }

    private void changed(Section section) {
        sectionsChanged.fire(new SectionsChanged(Set.of(section.getSlug())));
    }

    private static String target(Section section) {
        return "section " + section.getSlug();
    }
}
