package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import news.dateline.account.Editor;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;

/**
 * The answer to a save based on an older version: nothing is overwritten. The user's form is merged
 * field by field with the current version, against the revision the user started from: a field the
 * user did not change takes the current value, a field only the user changed keeps theirs, and only
 * the fields both changed are shown side by side (changed words marked) for a decision. The form
 * then carries the current version number, so saving it again is a deliberate choice.
 */
@ApplicationScoped
class ConflictView {

    static final String MESSAGE = "editor.error.conflict";

    /** A field of the form that the merge looks at: its label, its form name, its value in a revision. */
    private record Field(String label, String name, Function<ArticleRevision, String> inRevision) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("Headline", "headline", ArticleRevision::getHeadline),
            new Field("Lead", "lead", ArticleRevision::getLead),
            new Field("Body", "body", ArticleRevision::getBodyHtml),
            new Field("Dateline place", "datelinePlace", r -> nullToEmpty(r.getDatelinePlace())),
            new Field("Agency mark", "agencyMark", r -> nullToEmpty(r.getAgencyMark())),
            new Field("Section", "section", null),
            new Field("Tags", "tags", r -> String.join(", ", r.tagNames())),
            new Field("Free-text byline", "bylineText", null),
            new Field("Photo", "photoId", r -> r.getPhotoId() == null ? "" : r.getPhotoId().toString()),
            new Field("Caption in this article", "photoCaption", null),
            new Field("Slug", "slug", ArticleRevision::getSlug));

    @Inject
    ArticleService articles;

    @Inject
    SignedIn signedIn;

    @Inject
    EditorView editorView;

    @Inject
    NewsroomClock clock;

    /** @param baseRevision the revision the user's form was opened on, when the form said so */
    Response render(ArticleForm yours, long articleId, Integer baseRevision) {
        Editor editor = signedIn.editor();
        Article current = articles.forEditing(editor, articleId);
        ArticleForm stored = ArticleForm.of(current, clock.zone());
        Optional<ArticleRevision> base = baseRevision == null ? Optional.empty()
                : articles.revision(editor, articleId, baseRevision);
        List<FieldComparison> bothChanged = new ArrayList<>();
        for (Field field : FIELDS) {
            String theirs = stored.value(field.name());
            String mine = yours.value(field.name());
            Optional<String> original = field.inRevision() == null ? Optional.empty() : base.map(field.inRevision());
            if (original.isPresent() && same(field, mine, original.get())) {
                yours.set(field.name(), theirs);
            } else if (!same(field, mine, theirs) && !(original.isPresent() && same(field, theirs, original.get()))) {
                bothChanged.add(comparison(field, theirs, mine));
            }
        }
        yours.set("version", Long.toString(current.getVersion()));
        articles.revisions(editor, articleId).stream().findFirst()
                .ifPresent(latest -> yours.set("baseRevision", Integer.toString(latest.getNumber())));
        yours.reject("version", MESSAGE);
        return editorView.render(409, yours, current, null, bothChanged);
    }

    private static FieldComparison comparison(Field field, String theirs, String mine) {
        return field.name().equals("body")
                ? FieldComparison.of(field.label(), WordDiff.bodyText(PlainTextBody.html(theirs)),
                        WordDiff.bodyText(PlainTextBody.html(mine)))
                : FieldComparison.of(field.label(), theirs, mine);
    }

    /** Whether two values of a field say the same (a body typed as plain text is compared as HTML). */
    private static boolean same(Field field, String a, String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        if (field.name().equals("body")) {
            return PlainTextBody.html(left).equals(PlainTextBody.html(right));
        }
        return left.equals(right);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
