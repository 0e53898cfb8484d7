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

    public List<SectionLink> navigation() {
        return em.createQuery("select new news.dateline.section.SectionLink(s.name, s.slug) from Section s"
                        + " order by s.position, s.name", SectionLink.class)
                .getResultList();
    }

    public Optional<Section> findBySlug(String slug) {
        return em.createQuery("select s from Section s where s.slug = :slug", Section.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Section create(String name, int position) {
        Section section = new Section(name, Slug.fromTitle(name), position);
        em.persist(section);
        return section;
    }
}
