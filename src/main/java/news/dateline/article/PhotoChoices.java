package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.media.MediaLibrary;
import news.dateline.platform.NewsroomClock;

/**
 * The editor's unsaved form while they choose a photo: kept as their autosave (see {@link PersonalDrafts}),
 * with the chosen photo put into it. Only someone who may edit the story may keep a form for it.
 */
@ApplicationScoped
@Transactional
public class PhotoChoices {

    @Inject
    PersonalDrafts drafts;

    @Inject
    ArticleService articles;

    @Inject
    MediaLibrary media;

    @Inject
    NewsroomClock clock;

    /** Keeps the typed form of the story {@code articleId} (null: a new story) as the editor's autosave. */
    public void keep(Editor editor, Long articleId, Map<String, String> typed) {
        mayEdit(editor, articleId);
        drafts.keep(editor, articleId, typed);
    }

    /**
     * Keeps the typed form and sets the focal point of its photo, in one transaction.
     *
     * @throws news.dateline.media.FocalPointRefused when the numbers are not a point (nothing is kept)
     */
    public void keepAndFocus(Editor editor, Long articleId, Map<String, String> typed, long photoId, String focalX,
                             String focalY) {
        mayEdit(editor, articleId);
        media.focus(editor, photoId, news.dateline.media.FocalPoint.parse(focalX, focalY));
        drafts.keep(editor, articleId, typed);
    }

    /**
     * Puts a photo of the library into the editor's kept form (the story as stored, when nothing was
     * kept or what was kept is older than the story's last save).
     *
     * @throws BadRequestException when {@code photoId} names no photo
     */
    public void choose(Editor editor, Long articleId, String photoId) {
        Article article = mayEdit(editor, articleId);
        long id = photoId(photoId);
        media.usable(editor, id).orElseThrow(() -> new BadRequestException("There is no photo " + id + "."));
        Map<String, String> form = new LinkedHashMap<>(drafts.find(editor, articleId)
                .filter(kept -> article == null || kept.savedAt().isAfter(article.getUpdatedAt()))
                .map(PersonalDrafts.Autosave::values)
                .orElseGet(() -> article == null ? ArticleForm.blank(null).values()
                        : ArticleForm.of(article, zone()).values()));
        form.put("photoId", Long.toString(id));
        drafts.keep(editor, articleId, form);
    }

    private Article mayEdit(Editor editor, Long articleId) {
        if (articleId == null) {
            editor.require(Permission.WRITE_ARTICLE);
            return null;
        }
        return articles.forEditing(editor, articleId);
    }

    private ZoneId zone() {
        return clock.zone();
    }

    private static long photoId(String value) {
        String raw = value == null ? "" : value.strip();
        if (!raw.matches("\\d{1,18}")) {
            throw new BadRequestException("Choose a photo from the library.");
        }
        return Long.parseLong(raw);
    }
}
