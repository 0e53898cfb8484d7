package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;

/**
 * The answer to a save based on an older version: nothing is overwritten. The page shows the
 * current version and the user's side by side, with the changed words marked, above the user's form
 * with everything they typed. The form now carries the current version number, so saving it again
 * (after merging whatever they want to keep) is a deliberate choice.
 */
@ApplicationScoped
class ConflictView {

    static final String MESSAGE = "Someone else saved this article after you opened it. Nothing was overwritten:"
            + " compare the versions below, merge what you want to keep into your text, and save again.";

    @Inject
    ArticleService articles;

    @Inject
    SignedIn signedIn;

    @Inject
    EditorView editorView;

    @Inject
    NewsroomClock clock;

    Response render(ArticleForm yours, long articleId) {
        Article current = articles.forEditing(signedIn.editor(), articleId);
        ArticleForm stored = ArticleForm.of(current, clock.zone());
        List<FieldComparison> comparison = List.of(
                FieldComparison.of("Headline", stored.value("headline"), yours.value("headline")),
                FieldComparison.of("Lead", stored.value("lead"), yours.value("lead")),
                FieldComparison.of("Body", WordDiff.bodyText(stored.value("body")),
                        WordDiff.bodyText(PlainTextBody.toHtml(yours.value("body")))),
                FieldComparison.of("Dateline place", stored.value("datelinePlace"), yours.value("datelinePlace")),
                FieldComparison.of("Agency mark", stored.value("agencyMark"), yours.value("agencyMark")),
                FieldComparison.of("Section", stored.value("section"), yours.value("section")),
                FieldComparison.of("Tags", stored.value("tags"), yours.value("tags")),
                FieldComparison.of("Free-text byline", stored.value("bylineText"), yours.value("bylineText")),
                FieldComparison.of("Photo", stored.value("photoId"), yours.value("photoId")),
                FieldComparison.of("Caption in this article", stored.value("photoCaption"),
                        yours.value("photoCaption")),
                FieldComparison.of("Slug", stored.value("slug"), yours.value("slug")));
        yours.set("version", Long.toString(current.getVersion()));
        yours.reject("version", MESSAGE);
        return editorView.render(409, yours, current, null,
                comparison.stream().filter(FieldComparison::changed).toList());
    }
}
