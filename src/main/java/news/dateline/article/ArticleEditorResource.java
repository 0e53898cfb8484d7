package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.media.PhotoDescription;
import news.dateline.media.RejectedImageException;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.section.SectionService;

/**
 * The article editor: new article, edit and workflow actions (the preview is the site's). Works without JavaScript;
 * a form with errors, or one based on a stale version, comes back with everything typed.
 */
@Path("/newsroom/articles")
public class ArticleEditorResource {

    static final String EDITOR_VIEW = "newsroom/article-editor";

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    @Inject
    MediaLibrary media;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;


    @Inject
    EditorView editorView;

    @Inject
    ConflictView conflicts;

    @Inject
    EditLocks locks;

    @Inject
    PersonalDrafts drafts;

    @Inject
    news.dateline.article.EditorialNotes notes;

    @GET
    @Path("new")
    public Response newArticle(@QueryParam("restore") String restore) {
        Editor editor = signedIn.editor();
        editor.require(Permission.WRITE_ARTICLE);
        String firstSection = sections.offeredFor(null).stream().findFirst().map(s -> s.slug()).orElse("");
        ArticleForm form = ArticleForm.blank(firstSection);
        java.util.Optional<PersonalDrafts.Autosave> autosave = drafts.find(editor, null);
        if ("autosave".equals(restore) && autosave.isPresent()) {
            autosave.get().values().forEach(form::set);
            return editorView.render(200, form, null, EditorView.AUTOSAVE_RESTORED);
        }
        return editorView.render(200, form, (Article) null, null, java.util.List.of(), new EditorView.Presence(null,
                autosave.map(a -> clock.display(a.savedAt())).orElse(null)));
    }

    @POST
    public Response create(@Context HttpServletRequest request) {
        return save(null, request);
    }

    /** The editor, or the read-only story: one transaction, the article read once (see {@link EditorPage}). */
    @GET
    @Path("{id:\\d{1,18}}")
    @jakarta.transaction.Transactional
    public Response edit(@PathParam("id") long id, @QueryParam("restore") String restore) {
        Editor editor = signedIn.editor();
        String notice = null;
        EditorPage page = articles.editorPage(editor, id);
        Article article = page.article();
        if (!page.editable()) {
            return editorView.readOnly(page);
        }
        EditLocks.Holder holder = page.lock();
        ArticleForm form = ArticleForm.of(article, clock.zone());
        java.util.Optional<PersonalDrafts.Autosave> autosave = page.autosave()
                .filter(a -> a.savedAt().isAfter(article.getUpdatedAt()));
        if ("autosave".equals(restore) && autosave.isPresent()) {
            autosave.get().values().forEach(form::set);
            form.set("version", Long.toString(article.getVersion()));
            notice = EditorView.AUTOSAVE_RESTORED;
            autosave = java.util.Optional.empty();
        }
        return editorView.render(200, form, page, notice, java.util.List.of(), new EditorView.Presence(
                holder == null || holder.mine() ? null : holder,
                autosave.map(a -> clock.display(a.savedAt())).orElse(null)));
    }

    @POST
    @Path("{id:\\d{1,18}}")
    public Response update(@PathParam("id") long id, @Context HttpServletRequest request) {
        return save(id, request);
    }

    @POST
    @Path("{id:\\d{1,18}}/withdraw")
    public Response withdraw(@PathParam("id") long id, @FormParam("version") long version,
                             @FormParam("reason") String reason, @FormParam("confirm") String confirm) {
        Editor editor = signedIn.editor();
        editor.require(Permission.WITHDRAW_ARTICLE);
        Response refused = unconfirmed(editor, id, reason, confirm, "withdraw");
        return refused != null ? refused : transition(id, () -> articles.withdraw(editor, id, version, reason),
                typed("withdrawReason", reason, "withdrawConfirm", confirm), "flash.story.withdrawn");
    }

    /**
     * Taking a live story off the site needs a reason (readers see it on the 410 page) and a ticked
     * confirmation; without them the editor comes back with the message next to the field.
     */
    private Response unconfirmed(Editor editor, long id, String reason, String confirm, String action) {
        Article article = articles.forEditing(editor, id);
        boolean usable = reason == null || news.dateline.platform.UsableText.usable(reason, true);
        if (!article.isPublished() && usable) {
            return null;
        }
        ArticleForm form = ArticleForm.of(article, clock.zone());
        typed(action + "Reason", reason, action + "Confirm", confirm).forEach(form::set);
        if (!usable) {
            form.reject(action + "Reason", news.dateline.platform.FormInput.UNUSABLE);
        } else if (reason == null || reason.isBlank()) {
            form.reject(action + "Reason", "editor.error.unpublishReason");
        } else if (!"yes".equals(confirm)) {
            form.reject(action + "Confirm", "editor.error.unpublishConfirm");
        } else {
            return null;
        }
        return editorView.render(400, form, article, null);
    }

    @POST
    @Path("{id:\\d{1,18}}/unschedule")
    public Response unschedule(@PathParam("id") long id, @FormParam("version") long version) {
        Editor editor = signedIn.editor();
        return transition(id, () -> articles.unschedule(editor, id, version), Map.of(), "flash.story.unscheduled");
    }

    @POST
    @Path("{id:\\d{1,18}}/revisions/{number:\\d{1,9}}/restore")
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
                            @FormParam("version") long version, @FormParam("confirm") String confirm) {
        Editor editor = signedIn.editor();
        if (!"yes".equals(confirm)) {
            return NewsroomPages.redirect("/newsroom/articles/" + id + "/compare?to=" + number + "&restore=true&from="
                    + articles.revisions(editor, id).get(0).getNumber());
        }
        return transition(id, () -> articles.restore(editor, id, version, number), Map.of(), "flash.story.restored",
                number);
    }

    @POST
    @Path("{id:\\d{1,18}}/return-to-draft")
    public Response returnToDraft(@PathParam("id") long id, @FormParam("version") long version,
                                  @FormParam("reason") String reason, @FormParam("confirm") String confirm) {
        Editor editor = signedIn.editor();
        editor.require(Permission.RETURN_ARTICLE_TO_DRAFT);
        Response refused = unconfirmed(editor, id, reason, confirm, "returnToDraft");
        return refused != null ? refused : transition(id, () -> articles.returnToDraft(editor, id, version, reason),
                typed("returnToDraftReason", reason, "returnToDraftConfirm", confirm), "flash.story.returnedToDraft");
    }

    /** Sends a submitted story back to its writer with a note (one transaction; see the service). */
    @POST
    @Path("{id:\\d{1,18}}/send-back")
    public Response sendBack(@PathParam("id") long id, @FormParam("version") long version,
                             @FormParam("note") String note) {
        Editor editor = signedIn.editor();
        editor.require(ArticleAction.RETURN_TO_DRAFT.permission());
        try {
            news.dateline.article.EditorialNote.checked(note);
        } catch (news.dateline.article.NoteRefused e) {
            Article article = articles.forEditing(editor, id);
            ArticleForm form = ArticleForm.of(article, clock.zone());
            form.set("sendBackNote", note);
            form.reject("sendBackNote", e.messageKey());
            return editorView.render(400, form, article, null);
        }
        Response done = transition(id, () -> articles.returnWithNote(editor, id, version, note),
                note == null ? Map.of() : Map.of("sendBackNote", note), null);
        if (done.getStatus() != 303) {
            return done;
        }
        String writer = articles.writerName(id).orElse(null);
        return writer == null ? pages.redirectWithFlash("/newsroom/articles/" + id, "flash.returnedWithNoteToDraft")
                : pages.redirectWithFlash("/newsroom/articles/" + id, "flash.returnedWithNote", writer);
    }

    /**
     * Adds a note to the story's editorial thread; anyone who may read the story may. A refused note
     * comes back in its box with the reason next to it, on the editor or on the read-only story.
     */
    @POST
    @Path("{id:\\d{1,18}}/notes")
    public Response addNote(@PathParam("id") long id, @FormParam("note") String note) {
        Editor editor = signedIn.editor();
        try {
            notes.add(editor, id, note);
        } catch (news.dateline.article.NoteRefused e) {
            Article article = articles.forReading(editor, id);
            ArticleForm form = ArticleForm.of(article, clock.zone());
            form.set("note", note);
            form.reject(e.field(), e.messageKey());
            return articles.mayEdit(editor, article) ? editorView.render(400, form, article, null)
                    : editorView.readOnly(400, article, form);
        }
        return pages.redirectWithFlash("/newsroom/articles/" + id, "flash.noteAdded");
    }

    private Response save(Long id, HttpServletRequest request) {
        Editor editor = signedIn.editor();
        ArticleAction action = editorAction(request.getParameter("action"));
        if (action != null) {
            editor.require(action.permission());
        }
        Article existing = id == null ? null : articles.forReading(editor, id);
        ArticleForm form = ArticleForm.from(request);
        if (existing != null && !articles.mayEdit(editor, existing)) {
            return editorView.noLongerYours(existing, form);
        }
        if (!form.rejectUnusableCharacters()) {
            return editorView.render(400, form, existing, null);
        }
        storeUploadedPhoto(request, form);
        ArticleDraft draft = form.validate(clock.zone(), slug -> sections.findBySlug(slug).isPresent(),
                contributorId -> contributors.find(contributorId).map(Contributor::getName).orElse(null),
                photoId -> media.find(photoId).isPresent(), slug -> articles.slugFree(slug, id));
        if (action == ArticleAction.SCHEDULE && draft != null && draft.publicationTime() == null) {
            form.reject("publishAt", "editor.error.publishAtMissing");
        }
        if (draft == null || !form.errors().isEmpty()) {
            return editorView.render(400, form, existing, null);
        }
        try {
            Article article = saveRetryingTakenNames(editor, id, form, draft, action);
            drafts.discard(editor, id);
            String done = action == ArticleAction.SUBMIT ? "submitted" : action == ArticleAction.PUBLISH ? "published"
                    : action == ArticleAction.SCHEDULE ? "scheduled" : form.correctionNote().isEmpty() ? "saved"
                    : "corrected";
            return pages.redirectWithFlash("/newsroom/articles/" + article.getId(), "flash.story." + done);
        } catch (news.dateline.platform.FieldRefused e) {
            reject(form, e);
            return editorView.render(400, form, existing, null);
        } catch (news.dateline.account.AccessDeniedException e) {
            Article now = id == null ? null : articles.forReading(editor, id);
            if (now == null || articles.mayEdit(editor, now)) {
                throw e;
            }
            return editorView.noLongerYours(now, form);
        } catch (RuntimeException e) {
            if (ConcurrentWrite.stale(e)) {
                return conflicts.render(form, id, baseRevision(form));
            }
            if (ConcurrentWrite.takenConstraint(e).filter("article_slug_unique"::equals).isPresent()) {
                form.reject("slug", "editor.error.slugTakenNow");
                return editorView.render(400, form, existing, null);
            }
            throw e;
        }
    }

    /**
     * Saves in one transaction; when a new tag's name, or the address chosen for a new story, was
     * taken by another save at the same moment, tries again (the tag then exists, the address gets
     * the next free form). A stale version is never retried: it goes to the conflict page.
     */
    private Article saveRetryingTakenNames(Editor editor, Long id, ArticleForm form, ArticleDraft draft,
                                           ArticleAction action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return articles.saveAndAct(editor, id, id == null ? 0 : form.version(), draft, form.correctionNote(),
                        action);
            } catch (RuntimeException e) {
                String taken = ConcurrentWrite.takenConstraint(e).orElse(null);
                boolean retry = "tag_slug_unique".equals(taken)
                        || ("article_slug_unique".equals(taken) && id == null && draft.slug() == null);
                if (!retry || attempt == 3 || ConcurrentWrite.stale(e)) {
                    throw e;
                }
            }
        }
    }

    /** The revision the form was opened on, when it says so. */
    private static Integer baseRevision(ArticleForm form) {
        String value = form.value("baseRevision").strip();
        return value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
    }

    /** The editor's buttons: save alone, or save and submit, publish or schedule. */
    private static ArticleAction editorAction(String value) {
        if (value == null || value.equals("save")) {
            return null;
        }
        return switch (value) {
            case "submit" -> ArticleAction.SUBMIT;
            case "publish" -> ArticleAction.PUBLISH;
            case "schedule" -> ArticleAction.SCHEDULE;
            default -> throw new jakarta.ws.rs.BadRequestException("There is no action " + value + ".");
        };
    }

    /**
     * @param typed    what the user typed for the action (a reason, a note), shown again when it is refused
     * @param flashKey what the story's page then says was done; null for the caller to say
     */
    private Response transition(long id, Runnable change, Map<String, String> typed, String flashKey,
                                Object... arguments) {
        try {
            change.run();
            return flashKey == null ? NewsroomPages.redirect("/newsroom/articles/" + id)
                    : pages.redirectWithFlash("/newsroom/articles/" + id, flashKey, arguments);
        } catch (StaleArticleException | news.dateline.platform.FieldRefused e) {
            Article article = articles.forEditing(signedIn.editor(), id);
            ArticleForm form = ArticleForm.of(article, clock.zone());
            typed.forEach(form::set);
            if (typed.containsKey("sendBackNote") && article.getStatus() != ArticleStatus.SUBMITTED) {
                // no longer in review, so no send-back form: the note waits in the thread's box instead
                form.set("note", typed.get("sendBackNote"));
            }
            if (e instanceof news.dateline.platform.FieldRefused refused) {
                reject(form, refused);
            } else {
                form.reject("form", "article.error.stale");
            }
            return editorView.render(409, form, article, null);
        }
    }

    /** Form fields and what was typed into them, leaving out those not sent. */
    private static Map<String, String> typed(String field, String value, String otherField, String otherValue) {
        Map<String, String> typed = new java.util.HashMap<>();
        if (value != null) {
            typed.put(field, value);
        }
        if (otherValue != null) {
            typed.put(otherField, otherValue);
        }
        return typed;
    }

    /** Puts a refusal next to its field, with times in the newsroom's zone. */
    private void reject(ArticleForm form, news.dateline.platform.FieldRefused refused) {
        Object[] arguments = refused.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof java.time.Instant instant) {
                arguments[i] = clock.display(instant);
            }
        }
        form.reject(refused.field(), refused.messageKey(), arguments);
    }

    /**
     * A photo uploaded with the form is stored first, so it is kept (and chosen) even when another
     * field has an error.
     */
    private void storeUploadedPhoto(HttpServletRequest request, ArticleForm form) {
        Part part;
        try {
            part = request.getContentType() != null && request.getContentType().startsWith("multipart/")
                    ? request.getPart("photoFile") : null;
        } catch (IOException | ServletException | IllegalStateException e) {
            form.reject("photoFile", "media.error.notReceived");
            return;
        }
        if (part == null || part.getSize() == 0) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            MediaAsset asset = media.upload(signedIn.editor(), in.readAllBytes(), part.getSubmittedFileName(),
                    new PhotoDescription(form.value("photoUploadCaption"), form.value("photoCredit"),
                            form.value("photoAltText")));
            form.set("photoId", asset.getId().toString());
            form.set("photoUploadCaption", "");
            form.set("photoCredit", "");
            form.set("photoAltText", "");
        } catch (RejectedImageException e) {
            form.reject("photoFile", e.messageKey(), e.arguments().toArray());
        } catch (news.dateline.platform.FieldRefused e) {
            form.reject(e.field(), e.messageKey(), e.arguments());
        } catch (IOException e) {
            form.reject("photoFile", "media.error.unreadable");
        }
    }
}
