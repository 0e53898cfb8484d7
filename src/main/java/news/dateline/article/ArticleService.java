package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.account.AccessDeniedException;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
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

    @Inject
    ArticleRevisions revisions;

    @Inject
    AuditLog audit;

    @Inject
    EditLocks locks;

    @Inject
    jakarta.enterprise.event.Event<ArticleChanged> articleChanged;

    @Inject
    jakarta.enterprise.event.Event<StoryEvent> deskEvents;

    @Inject
    jakarta.enterprise.event.Event<NoteWritten> noteWritten;

    @Inject
    news.dateline.platform.NewsroomClock clock;

    @Inject
    news.dateline.account.AccountService accounts;

    @Inject
    PersonalDrafts drafts;

    public boolean anyArticle() {
        return !em.createQuery("select a.id from Article a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** A new draft written by nobody in particular (demo content, imports). */
    public Article createDraft(ArticleDraft draft) {
        return newArticle(draft, null);
    }

    public Article create(Editor editor, ArticleDraft draft) {
        editor.require(Permission.WRITE_ARTICLE);
        Article article = newArticle(draft, editor.accountId());
        audit.record(AuditAction.ARTICLE_CREATED, editor, target(article), article.getHeadline());
        return article;
    }

    /**
     * Saves the editor's changes, if they were made on the version now stored.
     *
     * @throws StaleArticleException when someone else saved in between
     */
    public Article update(Editor editor, long articleId, long basedOnVersion, ArticleDraft draft) {
        return update(editor, articleId, basedOnVersion, draft, null);
    }

    /**
     * A story linked to its translation stays in the other language than the translation: a change of language
     * that would make both the same is refused (the link would tell readers and search engines the wrong thing).
     *
     * @throws ArticleRefused on field {@code language}
     */
    private void keepTranslationInTheOtherLanguage(Article article) {
        List<?> translation = em.createNativeQuery("select t.language from article a join article t"
                        + " on t.id = a.translation_id where a.id = :id")
                .setParameter("id", article.getId())
                .getResultList();
        if (!translation.isEmpty() && article.getLanguage().equals(translation.get(0))) {
            throw new ArticleRefused("language", "editor.error.languageOfTranslation");
        }
    }

    /**
     * Saves the changes; for a published article with a correction note, also records the
     * correction that readers will see. Both versions stay in the revision history.
     *
     * @throws StaleArticleException when someone else saved in between
     */
    public Article update(Editor editor, long articleId, long basedOnVersion, ArticleDraft draft,
                          String correctionNote) {
        Article article = loadForChange(editor, articleId, basedOnVersion);
        Instant now = clock.now();
        ArticleChanged before = article.isPublished() ? ArticleChanged.shownAt(article) : null;
        apply(article, draft, editor.accountId(), now);
        keepTranslationInTheOtherLanguage(article);
        boolean correction = correctionNote != null && !correctionNote.isBlank();
        if (correction) {
            if (!article.isPublished()) {
                throw new ArticleRefused("correctionNote", "article.error.correctOnlyPublished");
            }
            em.persist(new ArticleCorrection(article.getId(), correctionNote, editor.accountId(), now));
            audit.record(AuditAction.ARTICLE_CORRECTED, editor, target(article), correctionNote);
            deskEvent(StoryEvent.Kind.CORRECTED, article, editor.accountId());
        }
        revisions.record(article, correction ? "correction" : "save", editor.accountId(), now);
        if (article.isPublished()) {
            changedForReaders(before, article);
        }
        return article;
    }

    /** Whether this person may change the article now (else, at most, read it). */
    public boolean mayEdit(Editor editor, Article article) {
        return editor.may(Permission.EDIT_ANY_ARTICLE) || (editor.may(Permission.WRITE_ARTICLE)
                && own(editor, article) && article.getStatus() == ArticleStatus.DRAFT);
    }

    /**
     * The article for someone who may read it in the newsroom: an editor; a writer, the stories the
     * desk's search and queues list to them ({@link NewsroomSearch#VISIBLE_TO_WRITER}, one rule for
     * both): their own in any status (a writer who submitted a story follows it, read-only), the
     * stories bylined to them (a writer who shares a colleague's byline reads the story going out
     * under their name, and its notes; only its creator changes it, see {@link #mayEdit}), and any
     * story once it is published. Loaded with everything the editor shows, so that a page that may
     * edit it needs no second load.
     */
    public Article forReading(Editor editor, long articleId) {
        Article article = load(articleId);
        if (!editor.may(Permission.EDIT_ANY_ARTICLE)) {
            editor.require(Permission.WRITE_ARTICLE);
            if (!own(editor, article) && !article.isPublished() && !visibleToWriter(editor, articleId)) {
                throw new AccessDeniedException("A writer may open their own stories, those bylined to them"
                        + " and published ones.");
            }
        }
        return withWhatTheEditorShows(article);
    }

    /** Whether the desk lists the story to this writer: the same condition as its search and queues. */
    private boolean visibleToWriter(Editor editor, long articleId) {
        return !em.createNativeQuery("select 1 from article a where a.id = :id and "
                        + NewsroomSearch.VISIBLE_TO_WRITER)
                .setParameter("id", articleId).setParameter("me", editor.accountId())
                .getResultList().isEmpty();
    }

    /**
     * Everything the editor page shows of a story, in this one transaction, the article loaded once:
     * for someone who may change it, also takes (or renews) their edit lock and finds their autosave.
     *
     * @throws AccessDeniedException when the person may not even read the story
     */
    public EditorPage editorPage(Editor editor, long articleId) {
        Article article = forReading(editor, articleId);
        boolean editable = mayEdit(editor, article);
        EditLocks.Holder lock = editable ? locks.open(editor, articleId) : null;
        Optional<PersonalDrafts.Autosave> autosave = editable ? drafts.find(editor, articleId) : Optional.empty();
        return editorPage(article, editable, lock, autosave);
    }

    /**
     * What the editor page shows besides the form, for an article already loaded and checked (a form
     * that comes back with errors, a conflict): one transaction, the article not loaded again.
     */
    EditorPage editorPage(Editor editor, Article article) {
        return editorPage(article, mayEdit(editor, article), null, Optional.empty());
    }

    private EditorPage editorPage(Article article, boolean editable, EditLocks.Holder lock,
                                  Optional<PersonalDrafts.Autosave> autosave) {
        List<ArticleTransition> history = transitionsOf(article.getId());
        List<ArticleRevision> all = editable ? revisions.of(article.getId()) : List.of();
        Set<Long> who = new HashSet<>();
        history.stream().map(ArticleTransition::getAccountId).filter(java.util.Objects::nonNull).forEach(who::add);
        all.stream().map(ArticleRevision::getAccountId).filter(java.util.Objects::nonNull).forEach(who::add);
        return new EditorPage(article, editable, history, all, editable ? corrections(article.getId()) : List.of(),
                accounts.displayNames(who), lock, autosave);
    }

    private static boolean own(Editor editor, Article article) {
        return article.getCreatedBy() != null && article.getCreatedBy() == editor.accountId();
    }

    /** The article with everything the editor form shows, for an editor allowed to open it. */
    public Article forEditing(Editor editor, long articleId) {
        Article article = load(articleId);
        requireMayEdit(editor, article);
        return withWhatTheEditorShows(article);
    }

    /** Loads, inside the transaction, what the editor and read-only pages show besides the article's own columns. */
    private static Article withWhatTheEditorShows(Article article) {
        article.getSection().getName();
        article.getTags().size();
        article.getBylines().size();
        if (article.getMainPhoto() != null) {
            article.getMainPhoto().getCaption();
        }
        return article;
    }

    /**
     * One click in the editor: saves the changes (or creates the article) and takes the action, in
     * one transaction. When the action is refused, nothing is saved: no new version, revision,
     * audit line or change readers could see.
     *
     * @param action null to save only
     * @throws StaleArticleException when someone else saved in between
     * @throws IllegalTransitionException when the article's status does not allow the action
     * @throws IllegalArgumentException when the action's own input is refused (e.g. a time in the past)
     */
    public Article saveAndAct(Editor editor, Long articleId, long basedOnVersion, ArticleDraft draft,
                              String correctionNote, ArticleAction action) {
        if (action != null) {
            editor.require(action.permission());
        }
        Article article = articleId == null ? create(editor, draft)
                : update(editor, articleId, basedOnVersion, draft, correctionNote);
        if (action == null) {
            return article;
        }
        if (articleId == null) {
            em.flush();
        }
        return switch (action) {
            case SUBMIT -> {
                Article submitted = submit(editor, article.getId(), article.getVersion());
                locks.release(editor, submitted.getId());
                yield submitted;
            }
            case PUBLISH -> publish(editor, article.getId(), article.getVersion());
            case SCHEDULE -> schedule(editor, article.getId(), article.getVersion(), draft.publicationTime(),
                    draft.embargoUntil());
            default -> throw new IllegalTransitionException("article.error.notAnEditorAction");
        };
    }

    public Article submit(Editor editor, long articleId, long basedOnVersion) {
        editor.require(Permission.SUBMIT_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.submit(clock.now()), editor, AuditAction.ARTICLE_SUBMITTED, null);
        deskEvent(StoryEvent.Kind.SUBMITTED, article, editor.accountId());
        return article;
    }

    public Article publish(Editor editor, long articleId, long basedOnVersion) {
        editor.require(Permission.PUBLISH_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.publish(null, clock.now()), editor, AuditAction.ARTICLE_PUBLISHED, null);
        em.persist(new ArticlePublication(article.getId(), clock.now(), false, editor.username()));
        deskEvent(StoryEvent.Kind.PUBLISHED, article, editor.accountId());
        return article;
    }

    /** Publishes for nobody in particular (demo content, imports), dated {@code at}. */
    public Article publish(long articleId, Instant at) {
        Article article = load(articleId);
        record(article, article.publish(at, clock.now()), null, AuditAction.ARTICLE_PUBLISHED, null);
        em.persist(new ArticlePublication(article.getId(), clock.now(), false, "system"));
        return article;
    }

    /** Plans publication at {@code at}, with an optional embargo; moving or cancelling it goes through the lock too. */
    public Article schedule(Editor editor, long articleId, long basedOnVersion, Instant at, Instant embargo) {
        editor.require(Permission.PUBLISH_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.schedule(at, embargo, clock.now()), editor, AuditAction.ARTICLE_SCHEDULED,
                "for " + at + (embargo == null ? "" : ", embargo until " + embargo));
        deskEvent(StoryEvent.Kind.SCHEDULED, article, editor.accountId());
        return article;
    }

    public Article unschedule(Editor editor, long articleId, long basedOnVersion) {
        editor.require(Permission.PUBLISH_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.unschedule(clock.now()), editor, AuditAction.ARTICLE_UNSCHEDULED, null);
        return article;
    }

    public Article withdraw(Editor editor, long articleId, long basedOnVersion, String reason) {
        editor.require(Permission.WITHDRAW_ARTICLE);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.withdraw(reason, clock.now()), editor, AuditAction.ARTICLE_WITHDRAWN, reason);
        return article;
    }

    public Article returnToDraft(Editor editor, long articleId, long basedOnVersion, String reason) {
        editor.require(Permission.RETURN_ARTICLE_TO_DRAFT);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        record(article, article.returnToDraft(reason, clock.now()), editor, AuditAction.ARTICLE_RETURNED_TO_DRAFT,
                reason == null || reason.isBlank() ? null : reason);
        return article;
    }

    /**
     * Sends a submitted story back to its writer with a note, in one transaction: the story is a
     * draft again, the note is in its thread, the audit line and the writer's notification are
     * written, or none of these happens.
     *
     * @throws IllegalTransitionException when the story is not waiting for review
     * @throws NoteRefused when the note is empty, too long or has control characters
     */
    public Article returnWithNote(Editor editor, long articleId, long basedOnVersion, String note) {
        editor.require(ArticleAction.RETURN_TO_DRAFT.permission());
        String text = EditorialNote.checked(note);
        Article article = loadForChange(editor, articleId, basedOnVersion);
        if (article.getStatus() != ArticleStatus.SUBMITTED) {
            throw new IllegalTransitionException("article.error.sendBackNotInReview");
        }
        record(article, article.returnToDraft(text, clock.now()), editor, AuditAction.ARTICLE_RETURNED_TO_DRAFT,
                text);
        EditorialNote returned = new EditorialNote(article.getId(), editor.accountId(), text, true, clock.now());
        em.persist(returned);
        em.flush();
        noteWritten.fire(new NoteWritten(returned, article.getHeadline(), article.getCreatedBy()));
        return article;
    }

    /** The display name of the story's writer, when it has one (demo and imported stories have none). */
    public Optional<String> writerName(long articleId) {
        return em.createQuery("select w.displayName from Article a, news.dateline.account.Account w"
                        + " where a.id = :id and w.id = a.createdBy", String.class)
                .setParameter("id", articleId).getResultStream().findFirst();
    }

    private void deskEvent(StoryEvent.Kind kind, Article article, Long actorId) {
        deskEvents.fire(new StoryEvent(kind, article.getId(), article.getHeadline(),
                article.getCreatedBy(), actorId));
    }

    /**
     * Publishes scheduled articles that are due, at most {@code limit}, claiming each row with
     * {@code FOR UPDATE SKIP LOCKED} in this transaction: a row another server is publishing is
     * skipped, and a row once published is no longer due, so every article is published exactly once.
     *
     * @return the ids published
     */
    public List<Long> publishDue(int limit, String publisher) {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select id from article where status = 'SCHEDULED'"
                        + " and scheduled_at <= :now and (embargo_until is null or embargo_until <= :now)"
                        + " order by scheduled_at, id limit :limit for update skip locked")
                .setParameter("now", java.sql.Timestamp.from(now))
                .setParameter("limit", limit)
                .getResultList();
        List<Long> published = new ArrayList<>();
        for (Number id : due) {
            Article article = load(id.longValue());
            ArticleStatus from = article.publishAsScheduled(now);
            record(article, from, null, AuditAction.ARTICLE_PUBLISHED, "scheduled, by " + publisher);
            em.persist(new ArticlePublication(article.getId(), now, true, publisher));
            deskEvent(StoryEvent.Kind.PUBLISHED, article, null);
            published.add(article.getId());
        }
        return published;
    }

    /** Scheduled articles whose time has passed without publication (shown on the dashboard). */
    public long overdueCount() {
        return em.createQuery("select count(a) from Article a where a.status = news.dateline.article.ArticleStatus.SCHEDULED"
                + " and a.scheduledAt < :now", Long.class).setParameter("now", clock.now()).getSingleResult();
    }

    /**
     * Writes an old revision's content back as the newest revision (its words and their language, section,
     * tags, bylines and photo; not its planned time or embargo, which only scheduling sets); history is
     * never rewritten.
     */
    public Article restore(Editor editor, long articleId, long basedOnVersion, int revisionNumber) {
        Article article = loadForChange(editor, articleId, basedOnVersion);
        ArticleChanged before = article.isPublished() ? ArticleChanged.shownAt(article) : null;
        ArticleRevision old = revisions.find(articleId, revisionNumber)
                .orElseThrow(() -> new ArticleRefused("form", "article.error.noRevision", revisionNumber));
        Instant now = clock.now();
        ArticleText text = old.text();
        // The language with the words written in it; a revision from before revisions kept it leaves the current one.
        String language = old.keepsLanguageAndSchedule() ? old.getLanguage() : article.getLanguage();
        article.revise(new ArticleText(text.headline(), text.lead(), text.bodyHtml(), text.datelinePlace(),
                text.agencyMark(), language), now);
        keepTranslationInTheOtherLanguage(article);
        Section section = em.find(Section.class, old.getSectionId());
        if (section != null) {
            article.placeIn(section, now);
        }
        article.tagWith(tagsNamed(old.tagNames()), now);
        article.creditTo(old.bylineList(), now);
        MediaAsset photo = old.getPhotoId() == null ? null : media.find(old.getPhotoId()).orElse(null);
        article.illustrateWith(photo, old.getPhotoCaption(), now);
        article.changedBy(editor.accountId());
        revisions.record(article, "restore of " + revisionNumber, editor.accountId(), now);
        if (article.isPublished()) {
            changedForReaders(before, article);
        }
        audit.record(AuditAction.ARTICLE_RESTORED, editor, target(article), "revision " + revisionNumber);
        return article;
    }

    public List<ArticleRevision> revisions(Editor editor, long articleId) {
        requireMayEdit(editor, load(articleId));
        return revisions.of(articleId);
    }

    public Optional<ArticleRevision> revision(Editor editor, long articleId, int number) {
        requireMayEdit(editor, load(articleId));
        return revisions.find(articleId, number);
    }

    /**
     * The editor form's fields as they showed revision {@code number} (see {@link ArticleForm#valuesAt});
     * empty when the article has no such revision.
     */
    Optional<java.util.Map<String, String>> formAt(Editor editor, long articleId, int number,
                                                    java.time.ZoneId zone) {
        return revision(editor, articleId, number).map(revision -> {
            Section section = em.find(Section.class, revision.getSectionId());
            return ArticleForm.valuesAt(revision, section == null ? "" : section.getSlug(), zone);
        });
    }

    public List<ArticleCorrection> corrections(long articleId) {
        return em.createQuery("select c from ArticleCorrection c where c.articleId = :id order by c.at",
                ArticleCorrection.class).setParameter("id", articleId).getResultList();
    }

    private List<ArticleTransition> transitionsOf(long articleId) {
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
        Instant now = clock.now();
        Slug slug = draft.slug() != null ? new Slug(draft.slug()) : freeSlugFor(draft.text().headline());
        if (!slugFree(slug.value(), null)) {
            throw new ArticleRefused("slug", "editor.error.slugTaken");
        }
        Article article = new Article(draft.text(), section(draft.sectionSlug()), slug, accountId, now);
        apply(article, draft, accountId, now);
        em.persist(article);
        revisions.record(article, "created", accountId, now);
        return article;
    }

    private void apply(Article article, ArticleDraft draft, Long accountId, Instant now) {
        ArticleText text = draft.text();
        article.revise(new ArticleText(text.headline(), text.lead(), BodyPhotos.withLibraryDefaults(
                BodySanitizer.sanitize(text.bodyHtml()), media::find), text.datelinePlace(), text.agencyMark(),
                text.language()), now);
        article.placeIn(section(draft.sectionSlug()), now);
        article.tagWith(tagsNamed(draft.tags()), now);
        article.creditTo(draft.bylines(), now);
        MediaAsset photo = draft.photoId() == null ? null : media.find(draft.photoId())
                .orElseThrow(() -> new ArticleRefused("photoId", "editor.error.photo"));
        article.illustrateWith(photo, draft.photoCaption(), now);
        if (draft.publicationTime() != null && article.getStatus() != ArticleStatus.SCHEDULED) {
            article.setPublicationTime(draft.publicationTime(), now);
        }
        article.embargoUntil(draft.embargoUntil(), now);
        if (draft.slug() != null && article.getId() != null) {
            if (!slugFree(draft.slug(), article.getId())) {
                throw new ArticleRefused("slug", "editor.error.slugTaken");
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
                .orElseThrow(() -> new ArticleRefused("section", "editor.error.section"));
    }

    /**
     * The article to change, if the change was made on the version now stored. From here on the
     * transaction's queries do not flush it: a concurrent save then surfaces at the revision's
     * flush or at commit, as a stale article, never half-way through a lookup.
     */
    private Article loadForChange(Editor editor, long articleId, long basedOnVersion) {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
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

    private void record(Article article, ArticleStatus from, Editor editor, AuditAction action, String note) {
        Long accountId = editor == null ? null : editor.accountId();
        Instant now = clock.now();
        article.changedBy(accountId);
        em.persist(new ArticleTransition(article.getId(), from, article.getStatus(), accountId, now, note));
        revisions.record(article, article.getStatus().name().toLowerCase(java.util.Locale.ROOT), accountId, now);
        if (from == ArticleStatus.PUBLISHED || article.isPublished()) {
            changedForReaders(null, article);
        }
        if (editor == null) {
            audit.record(action, "system", target(article), note);
        } else {
            audit.record(action, editor, target(article), note);
        }
    }

    /** Tells the site where the article was shown before the change and where it is shown now. */
    private void changedForReaders(ArticleChanged before, Article article) {
        ArticleChanged now = ArticleChanged.shownAt(article);
        articleChanged.fire(before == null ? now.and(now, sectionVisibilityMayHaveChanged(article))
                : before.and(now, sectionVisibilityMayHaveChanged(article)));
    }

    /**
     * Sections show in the site's masthead only while they have a published article, so the first
     * article published in a section, or the last one leaving it, changes every page's masthead.
     */
    private boolean sectionVisibilityMayHaveChanged(Article article) {
        em.flush();
        long published = ((Number) em.createNativeQuery("select count(*) from (select 1 from article"
                        + " where section_id = :section and status = 'PUBLISHED' limit 2) p")
                .setParameter("section", article.getSection().getId()).getSingleResult()).longValue();
        return article.getStatus() == ArticleStatus.PUBLISHED ? published == 1 : published == 0;
    }

    private static String target(Article article) {
        return "article " + article.getId() + " (" + article.getSlug() + ")";
    }

    private Article load(long articleId) {
        return Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("There is no article " + articleId));
    }

    /** The headline's slug, or the first free numbered variant of it. */
    Slug freeSlugFor(String headline) {
        Slug wanted = Slug.fromTitle(headline == null || headline.isBlank() ? "article" : headline);
        lockName("article:" + wanted.value());
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

    /**
     * Serialises, until this transaction ends, the saves that want the same new name: the second
     * waits for the first to commit and then sees the name taken (or the tag there), instead of both
     * finding it free and one failing on the unique constraint.
     */
    private void lockName(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:name))").setParameter("name", name)
                .getSingleResult();
    }

    private List<Tag> tagsNamed(List<String> names) {
        List<Tag> result = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Tag wanted = new Tag(name);
            lockName("tag:" + wanted.getSlug());
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
