package news.dateline.article;

import news.dateline.platform.JsonSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaLibrary;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.section.SectionService;

/** Builds what the editor template shows: the form, the choices, the article's state and history. */
@ApplicationScoped
class EditorView {

    /** A choice in a select. */
    record Option(String value, String label) {
    }

    /** A line of the article's history. */
    record HistoryLine(String when, String iso, String from, String to, String who, String note) {
    }

    /** The article's state, for an article that exists. */
    record State(long id, String status, long version, String slug, String publicUrl, String previewUrl,
                 List<HistoryLine> history, String scheduledFor, String embargoUntil) {
    }

    /**
     * The notice (a message key) of a form filled in again from the editor's autosave; what an action
     * did is said by the flash message of the page it redirects to.
     */
    static final String AUTOSAVE_RESTORED = "editor.notice.autosaveRestored";

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    @Inject
    MediaLibrary media;

    @Inject
    ArticleService articles;

    @Inject
    NewsroomClock clock;

    @Inject
    news.dateline.platform.Settings settings;

    @Inject
    Permalinks links;

    @Inject
    news.dateline.platform.StaticAssets assets;

    @Inject
    news.dateline.article.EditorialNotes notes;


    /** Who else has the article open, and the editor's own autosaved work, when there is any. */
    record Presence(EditLocks.Holder otherEditor, String autosavedAt) {

        static final Presence NONE = new Presence(null, null);
    }

    Response render(int status, ArticleForm form, Article article, String notice) {
        return render(status, form, article, notice, List.of(), Presence.NONE);
    }

    Response render(int status, ArticleForm form, Article article, String notice, List<FieldComparison> conflict) {
        return render(status, form, article, notice, conflict, Presence.NONE);
    }

    /**
     * The story as its writer sees it once it has left their hands (submitted, scheduled, published):
     * its status, history and preview, nothing to change.
     */
    Response readOnly(EditorPage page) {
        Article article = page.article();
        Map<String, Object> model = new HashMap<>();
        model.put("title", article.getHeadline());
        model.put("headline", article.getHeadline());
        model.put("lead", article.getLead());
        model.put("state", state(page));
        model.put("notes", notes.thread(article.getId()));
        return pages.page(200, "newsroom/article-readonly", model);
    }

    /** A field the user typed into the editor and could not save, shown to be copied. */
    record Unsaved(String name, String label, String value) {
    }

    /** The editor's text fields, in the form's order, with their labels' message keys. */
    private static final Map<String, String> TEXT_FIELDS = textFields();

    private static Map<String, String> textFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("headline", "editor.headline");
        fields.put("lead", "editor.lead");
        fields.put("body", "editor.body");
        fields.put("datelinePlace", "editor.datelinePlace");
        fields.put("agencyMark", "editor.agencyMark");
        fields.put("tags", "editor.tags");
        fields.put("bylineText", "editor.bylineText");
        fields.put("photoCaption", "editor.photoCaption");
        fields.put("correctionNote", "editor.correctionNote");
        return fields;
    }

    /**
     * The read-only story again, answering {@code status}, with what the user typed kept and the
     * reason next to its field: a note refused (the note stays in its box), or an editor form saved
     * after the story left the user's hands (an editor published it, or they submitted it in
     * another tab): nothing was saved, and every text field typed is shown to be copied.
     */
    Response readOnly(int status, Article article, ArticleForm typed) {
        Editor editor = signedIn.editor();
        Map<String, Object> model = new HashMap<>();
        model.put("title", article.getHeadline());
        model.put("headline", article.getHeadline());
        model.put("lead", article.getLead());
        model.put("state", state(articles.editorPage(editor, article)));
        model.put("notes", notes.thread(article.getId()));
        model.put("form", typed.values());
        model.put("errors", typed.errors());
        model.put("unsaved", TEXT_FIELDS.entrySet().stream()
                .filter(field -> !typed.value(field.getKey()).isBlank())
                .map(field -> new Unsaved(field.getKey(), PageRenderer.message(field.getValue()),
                        typed.value(field.getKey())))
                .toList());
        return pages.page(status, "newsroom/article-readonly", model);
    }

    /**
     * The answer to a writer's form for a story that left their hands while they were editing (an
     * editor published it, or they submitted it in another tab): a race lost on its status rather
     * than its version. Nothing is saved and there is nothing they may save again, so the story comes
     * back read-only (409) with everything they typed, to copy.
     */
    Response noLongerYours(Article article, ArticleForm typed) {
        typed.reject("form", "editor.error.noLongerYours", article.getStatus().label());
        return readOnly(409, article, typed);
    }

    /** @param conflict the fields where the stored version and the user's differ, after a stale save */
    Response render(int status, ArticleForm form, Article article, String notice, List<FieldComparison> conflict,
                    Presence presence) {
        return render(status, form, article == null ? null : articles.editorPage(signedIn.editor(), article), notice,
                conflict, presence);
    }

    /**
     * @param page what the page shows of the stored article, read once; null for a new article
     * @param conflict the fields where the stored version and the user's differ, after a stale save
     */
    Response render(int status, ArticleForm form, EditorPage page, String notice, List<FieldComparison> conflict,
                    Presence presence) {
        Editor editor = signedIn.editor();
        Article article = page == null ? null : page.article();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        String typedBody = form.value("body");
        String bodyHtml = PlainTextBody.html(typedBody.length() > ArticleForm.MAX_BODY_LENGTH
                ? typedBody.substring(0, ArticleForm.MAX_BODY_LENGTH) : typedBody);
        model.put("bodyHtml", bodyHtml);
        model.put("bodyPhotos", bodyPhotos(bodyHtml));
        BodyCounts counts = BodyCounts.of(form.value("headline"), form.value("lead"), bodyHtml);
        model.put("counts", counts);
        model.put("bodyCount", counts.words() == 0 ? PageRenderer.message("editor.count.empty")
                : PageRenderer.message("editor.count.body", PageRenderer.message(wordCountKey(counts.words()),
                        counts.words()),
                PageRenderer.message("editor.count.reading", counts.minutes())));
        model.put("errors", form.errors());
        model.put("sections", sections.offeredFor(form.value("section")).stream()
                .map(s -> new Option(s.slug(), s.name())).toList());
        model.put("contributors", contributors.offeredFor(bylinedIn(form)).stream()
                .map(c -> new Option(c.getId().toString(), c.getName())).toList());
        model.put("photo", photoPreview(editor, form.value("photoId")));
        model.put("photosScriptUrl", assets.url("photos.js"));
        model.put("photoPickerUrl", article == null ? "/newsroom/articles/new/photo-picker"
                : "/newsroom/articles/" + article.getId() + "/photo-picker");
        model.put("zone", clock.zoneName());
        model.put("notice", notice == null ? null : PageRenderer.message(notice));
        model.put("state", page == null ? null : state(page));
        model.put("actions", actions(editor, article));
        model.put("live", article != null && article.isPublished());
        model.put("translationUrl", article != null && editor.may(news.dateline.account.Permission.PUBLISH_ARTICLE)
                ? "/newsroom/articles/" + article.getId() + "/translation" : null);
        model.put("title", article == null ? PageRenderer.message("editor.pageTitleNew")
                : PageRenderer.message("editor.pageTitleEdit", article.getHeadline()));
        model.put("conflict", conflict);
        EditLocks.Holder other = presence.otherEditor();
        model.put("lockHolder", other == null ? null : other.name());
        model.put("lockSince", other == null ? null : clock.display(other.since()));
        model.put("autosavedAt", presence.autosavedAt());
        model.put("notes", article == null ? List.of() : notes.thread(article.getId()));
        model.put("sendBack", article != null && article.getStatus() == ArticleStatus.SUBMITTED
                && editor.may(ArticleAction.RETURN_TO_DRAFT.permission()));
        model.put("autosaveSeconds", settings.autosaveSeconds());
        model.put("localCopyKey", "dateline.unsaved." + editor.accountId() + "." + (article == null ? "new"
                : article.getId().toString()));
        model.put("autosaveUrl", article == null ? "/newsroom/articles/new/autosave"
                : "/newsroom/articles/" + article.getId() + "/autosave");
        model.put("revisions", page == null ? List.of() : revisionLines(page));
        model.put("corrections", page == null ? List.of() : page.corrections().stream()
                .map(c -> clock.display(c.getAt()) + ": " + c.getNote()).toList());
        return pages.page(status, ArticleEditorResource.EDITOR_VIEW, model);
    }

    /** The pictures of the photos in a body, by number, for the visual editor: {"12": {"thumbnailUrl": ...}}. */
    private String bodyPhotos(String bodyHtml) {
        jakarta.json.JsonObjectBuilder photos = JsonSupport.object();
        for (long id : BodyPhotos.in(bodyHtml)) {
            media.find(id).ifPresent(photo -> {
                List<Integer> widths = media.renditionWidths(id);
                String extension = photo.getType().extension();
                photos.add(Long.toString(id), JsonSupport.object()
                        .add("thumbnailUrl", widths.isEmpty() ? links.photo(id, extension)
                                : links.photoRendition(id, widths.get(0), extension))
                        .add("alt", photo.getAltText()));
            });
        }
        return photos.build().toString();
    }

    /** The chosen main photo as the editor previews it; null when none (or an unknown one) is chosen. */
    private news.dateline.media.PhotoPreview photoPreview(Editor editor, String selected) {
        String id = selected == null ? "" : selected.strip();
        return id.matches("\\d{1,18}") ? media.preview(editor, Long.parseLong(id)).orElse(null) : null;
    }

    /** A revision in the editor's history list. */
    record RevisionLine(int number, String when, String iso, String who, String reason, String headline) {
    }

    private List<RevisionLine> revisionLines(EditorPage page) {
        return page.revisions().stream().map(r -> new RevisionLine(r.getNumber(), clock.display(r.getCreatedAt()),
                clock.iso(r.getCreatedAt()), page.nameOf(r.getAccountId()), r.reasonInWords(), r.getHeadline())).toList();
    }

    private State state(EditorPage page) {
        Article article = page.article();
        List<HistoryLine> history = page.history().stream().map(t -> new HistoryLine(clock.display(t.getAt()),
                clock.iso(t.getAt()), t.getFrom().label(), t.getTo().label(), page.nameOf(t.getAccountId()),
                t.getNote())).toList();
        String publicUrl = article.getStatus() == ArticleStatus.PUBLISHED
                ? links.article(article.getPublishedAt(), article.getSlug()) : null;
        return new State(article.getId(), article.getStatus().label(), article.getVersion(), article.getSlug(),
                publicUrl, "/newsroom/articles/" + article.getId() + "/preview", history,
                article.getScheduledAt() == null ? null : clock.display(article.getScheduledAt()),
                article.getEmbargoUntil() == null ? null : clock.display(article.getEmbargoUntil()));
    }

    /**
     * The keys of the actions to offer ({@code submit}, {@code publish}, {@code return-to-draft}...):
     * those the article's status allows and the person's role permits. A new article may be
     * submitted, published or scheduled straight away.
     */
    static Set<String> actions(Editor editor, Article article) {
        Set<ArticleAction> allowed = article == null
                ? java.util.EnumSet.of(ArticleAction.SUBMIT, ArticleAction.PUBLISH, ArticleAction.SCHEDULE)
                : article.allowedActions();
        Set<String> keys = new HashSet<>();
        allowed.stream().filter(action -> editor.may(action.permission())).forEach(action -> keys.add(action.key()));
        return keys;
    }

    /** The contributors the form's bylines already name: still offered even when retired. */
    private static List<Long> bylinedIn(ArticleForm form) {
        List<Long> ids = new java.util.ArrayList<>();
        for (String field : List.of("byline1", "byline2", "byline3")) {
            String value = form.value(field).strip();
            if (value.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(value));
            }
        }
        return ids;
    }

    /** The message for a number of words in the interface's language: one word, a few words (Russian), many words. */
    static String wordCountKey(long words) {
        return switch (news.dateline.platform.InterfaceLanguage.current().pluralCategory(words)) {
            case "one" -> "editor.count.word";
            case "few" -> "editor.count.wordsFew";
            default -> "editor.count.words";
        };
    }
}
