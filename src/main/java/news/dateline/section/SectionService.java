package news.dateline.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import news.dateline.platform.Slug;

/** Reads and creates sections. */
@ApplicationScoped
@Transactional
public class SectionService {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<news.dateline.platform.SiteChanged> siteChanged;

    public List<SectionLink> navigation() {
        return em.createQuery("select new news.dateline.section.SectionLink(s.name, s.slug) from Section s"
                        + " order by s.position, s.name", SectionLink.class)
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

    public Section create(news.dateline.account.Editor editor, String name, int position) {
        editor.require(news.dateline.account.Permission.MANAGE_SECTIONS);
        Slug slug = Slug.fromTitle(name == null || name.isBlank() ? "-" : name);
        if (findBySlug(slug.value()).isPresent()) {
            throw new IllegalArgumentException("A section with this name already exists.");
        }
        return create(name, position);
    }

    public void update(news.dateline.account.Editor editor, String slug, String name, int position) {
        editor.require(news.dateline.account.Permission.MANAGE_SECTIONS);
        findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("There is no section " + slug))
                .describe(name, position);
        siteChanged.fire(new news.dateline.platform.SiteChanged(java.util.Set.of("sections", "section:" + slug)));
    }

    /** For start-up code (demo content) and tests that act for nobody. */
    public Section create(String name, int position) {
        Section section = new Section(name, Slug.fromTitle(name), position);
        em.persist(section);
        siteChanged.fire(new news.dateline.platform.SiteChanged(java.util.Set.of("sections", "sitemap")));
        return section;
    }
}
