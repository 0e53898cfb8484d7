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
import java.util.Optional;
import java.util.Set;
import news.dateline.account.AccessDeniedException;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.platform.Slug;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/**
 * Writes articles. Each method is one transaction that checks the editor's permission, loads,
 * calls a named transition and stores; every status change is recorded with who and when.
 */
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

    public boolean anyArticle() {
        return !em.createQuery("select a.id from Article a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** A new draft written by nobody in particular (demo content, imports). */
    public Article createDraft(ArticleDraft draft) {
        return newArticle(draft, null);
    }

    public Article create(Editor editor, ArticleDraft draft) {
        editor.require(Permission.WRITE_ARTICLE);
        return newArticle(draft, editor.accountId());
    }

    /**
     * Saves the editor's changes, if they were made on the version now stored.
     *
     * @throws StaleArticleException when someone else saved in between
     */
    public Article update(Editor editor, long articleId, long basedOnVersion, ArticleDraft draft) {
        Article article = loadForChange(editor, articleId, basedOnVersion);
        apply(article, draft, editor.accountId(), clock.instant());
        return article;
    }

    /** The article with everything the editor form shows, for an editor allowed to open it. */
    public Article forEditing(Editor editor, long articleId) {
        Article article = load(articleId);
        requireMayEdit(editor, article);
        article.getSection().getName();
        article.getTags();
        article.getBylines();
        if (article.getMainPhoto() != null) {
            article.getMainPhoto().getCaption();
        }
        return article;
    }

    public Article submit(Editor editor, long articleId, long basedOnVersion) {
        editor.require(Permission.SUBMIT_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.submit(clock.instant()), editor.accountId(), null);
        return article;
    }

    public Article publish(Editor editor, long articleId, long basedOnVersion) {
        editor.require(Permission.PUBLISH_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.publish(null, clock.instant()), editor.accountId(), null);
        return article;
    }

    /** Publishes for nobody in particular (demo content, imports), dated {@code at}. */
    public Article publish(long articleId, Instant at) {
        Article article = load(articleId);
        record(article, article.publish(at, clock.instant()), null, null);
        return article;
    }

    public Article withdraw(Editor editor, long articleId, long basedOnVersion, String reason) {
        editor.require(Permission.WITHDRAW_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.withdraw(reason, clock.instant()), editor.accountId(), reason);
        return article;
    }

    public Article returnToDraft(Editor editor, long articleId, long basedOnVersion) {
        editor.require(Permission.RETURN_ARTICLE_TO_DRAFT);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.returnToDraft(clock.instant()), editor.accountId(), null);
        return article;
    }

    public List<ArticleTransition> history(Editor editor, long articleId) {
        requireMayEdit(editor, load(articleId));
        return em.createQuery("select t from ArticleTransition t where t.articleId = :id order by t.at, t.id",
                ArticleTransition.class).setParameter("id", articleId).getResultList();
    }

    /** Whether a slug is free for the article (null: for a new one). */
    public boolean slugFree(String slug, Long articleId) {
        List<Long> owners = em.createQuery("select a.id from Article a where a.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList();
        List<Long> historical = em.createQuery("select r.articleId from SlugRedirect r where r.slug = :slug",
                Long.class).setParameter("slug", slug).getResultList();
        return owners.stream().allMatch(id -> id.equals(articleId))
                && historical.stream().allMatch(id -> id.equals(articleId));
    }

    private Article newArticle(ArticleDraft draft, Long accountId) {
        Instant now = clock.instant();
        Slug slug = draft.slug() != null ? new Slug(draft.slug()) : freeSlugFor(draft.text().headline());
        if (!slugFree(slug.value(), null)) {
            throw new IllegalArgumentException("The slug " + slug + " is taken.");
        }
        Article article = new Article(draft.text(), section(draft.sectionSlug()), slug, accountId, now);
        apply(article, draft, accountId, now);
        em.persist(article);
        return article;
    }

    private void apply(Article article, ArticleDraft draft, Long accountId, Instant now) {
        article.revise(draft.text(), now);
        article.placeIn(section(draft.sectionSlug()), now);
        article.tagWith(tagsNamed(draft.tags()), now);
        article.creditTo(draft.bylines(), now);
        MediaAsset photo = draft.photoId() == null ? null : media.find(draft.photoId())
                .orElseThrow(() -> new IllegalArgumentException("There is no photo " + draft.photoId()));
        article.illustrateWith(photo, draft.photoCaption(), now);
        if (draft.publicationTime() != null) {
            article.setPublicationTime(draft.publicationTime(), now);
        }
        if (draft.slug() != null && article.getId() != null) {
            if (!slugFree(draft.slug(), article.getId())) {
                throw new IllegalArgumentException("The slug " + draft.slug() + " is taken.");
            }
            String retired = article.rename(new Slug(draft.slug()), now);
            if (retired != null && em.find(SlugRedirect.class, retired) == null) {
                em.persist(new SlugRedirect(retired, article.getId()));
            }
        }
        article.changedBy(accountId);
    }

    private Section section(String slug) {
        return sections.findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new IllegalArgumentException("There is no section " + slug));
    }

    private Article loadForChange(Editor editor, long articleId, long basedOnVersion) {
        Article article = load(articleId);
        requireMayEdit(editor, article);
        if (article.getVersion() != basedOnVersion) {
            throw new StaleArticleException();
        }
        return article;
    }

    /** Editors may change any article; a writer only their own, and only while it is a draft. */
    private static void requireMayEdit(Editor editor, Article article) {
        if (editor.may(Permission.EDIT_ANY_ARTICLE)) {
            return;
        }
        editor.require(Permission.WRITE_ARTICLE);
        boolean own = article.getCreatedBy() != null && article.getCreatedBy() == editor.accountId();
        if (!own || article.getStatus() != ArticleStatus.DRAFT) {
            throw new AccessDeniedException("A writer may change only their own drafts.");
        }
    }

    private void record(Article article, ArticleStatus from, Long accountId, String note) {
        article.changedBy(accountId);
        em.persist(new ArticleTransition(article.getId(), from, article.getStatus(), accountId, clock.instant(), note));
    }

    private Article load(long articleId) {
        return Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("There is no article " + articleId));
    }

    /** The headline's slug, or the first free numbered variant of it. */
    Slug freeSlugFor(String headline) {
        Slug wanted = Slug.fromTitle(headline == null || headline.isBlank() ? "article" : headline);
        Set<String> taken = new HashSet<>(em.createQuery(
                        "select a.slug from Article a where a.slug = :slug or a.slug like :numbered", String.class)
                .setParameter("slug", wanted.value())
                .setParameter("numbered", wanted.value() + "-%")
                .getResultList());
        taken.addAll(em.createQuery("select r.slug from SlugRedirect r where r.slug = :slug or r.slug like :numbered",
                        String.class)
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
