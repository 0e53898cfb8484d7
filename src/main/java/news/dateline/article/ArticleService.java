package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.platform.Slug;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/** Writes articles: each method is one transaction that loads, calls a named transition and stores. */
@ApplicationScoped
@Transactional
public class ArticleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SectionService sections;

    @Inject
    MediaLibrary media;

    private final Clock clock = Clock.systemUTC();

    public Article createDraft(ArticleDraft draft) {
        Instant now = clock.instant();
        Section section = sections.findBySlug(draft.sectionSlug())
                .orElseThrow(() -> new IllegalArgumentException("There is no section " + draft.sectionSlug()));
        Article article = new Article(draft.text(), section, freeSlugFor(draft.text().headline()), now);
        article.tagWith(tagsNamed(draft.tags()), now);
        article.creditTo(draft.bylines(), now);
        if (draft.photoId() != null) {
            MediaAsset photo = media.find(draft.photoId())
                    .orElseThrow(() -> new IllegalArgumentException("There is no photo " + draft.photoId()));
            article.illustrateWith(photo, draft.photoCaption(), now);
        }
        em.persist(article);
        return article;
    }

    public boolean anyArticle() {
        return !em.createQuery("select a.id from Article a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    public Article publish(long articleId, Instant at) {
        Article article = load(articleId);
        article.publish(at, clock.instant());
        return article;
    }

    public void returnToDraft(long articleId) {
        load(articleId).returnToDraft(clock.instant());
    }

    private Article load(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new IllegalArgumentException("There is no article " + articleId);
        }
        return article;
    }

    /** The headline's slug, or the first free numbered variant of it. */
    Slug freeSlugFor(String headline) {
        Slug wanted = Slug.fromTitle(headline);
        Set<String> taken = new HashSet<>(em.createQuery(
                        "select a.slug from Article a where a.slug = :slug or a.slug like :numbered", String.class)
                .setParameter("slug", wanted.value())
                .setParameter("numbered", wanted.value() + "-%")
                .getResultList());
        Slug candidate = wanted;
        for (int n = 2; taken.contains(candidate.value()); n++) {
            candidate = wanted.withSuffix(n);
        }
        return candidate;
    }

    private List<Tag> tagsNamed(List<String> names) {
        List<Tag> result = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Tag wanted = new Tag(name);
            Tag tag = em.createQuery("select t from Tag t where t.slug = :slug", Tag.class)
                    .setParameter("slug", wanted.getSlug())
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        em.persist(wanted);
                        return wanted;
                    });
            result.add(tag);
        }
        return result;
    }
}
