package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.contributor.Contributor;
import news.dateline.contributor.ContributorService;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/**
 * The answer to a save based on an older version: nothing is overwritten. The user's form is merged
 * field by field with the current version, against the revision the user's form was opened on: a
 * field the user did not change takes the current value, a field only the user changed keeps theirs,
 * and only the fields both changed are shown side by side (changed words marked) for a decision.
 * Every field of the form that the article stores takes part ({@link #mergedFields()}); the fields
 * typed for one save only (the correction note, a new photo's details) stay as typed. The form then
 * carries the current version number, so saving it again is a deliberate choice.
 */
@ApplicationScoped
class ConflictView {

    static final String MESSAGE = "editor.error.conflict";

    /** How a field's values are compared and shown. */
    private enum Kind {
        TEXT, BODY, TIME, LIST, LANGUAGE, SECTION, CONTRIBUTOR
    }

    /** A field of the form that the merge looks at: its form name, its kind and its label's message key. */
    private record Field(String name, Kind kind, String labelKey) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("headline", Kind.TEXT, "editor.headline"),
            new Field("lead", Kind.TEXT, "editor.lead"),
            new Field("body", Kind.BODY, "editor.body"),
            new Field("datelinePlace", Kind.TEXT, "editor.datelinePlace"),
            new Field("agencyMark", Kind.TEXT, "editor.agencyMark"),
            new Field("language", Kind.LANGUAGE, "editor.language"),
            new Field("section", Kind.SECTION, "editor.section"),
            new Field("tags", Kind.LIST, "editor.tags"),
            new Field("byline1", Kind.CONTRIBUTOR, "editor.bylineN"),
            new Field("byline2", Kind.CONTRIBUTOR, "editor.bylineN"),
            new Field("byline3", Kind.CONTRIBUTOR, "editor.bylineN"),
            new Field("bylineText", Kind.LIST, "editor.bylineText"),
            new Field("publishAt", Kind.TIME, "editor.publishAt"),
            new Field("embargoUntil", Kind.TIME, "editor.embargoUntil"),
            new Field("photoId", Kind.TEXT, "editor.photo"),
            new Field("photoCaption", Kind.TEXT, "editor.photoCaption"),
            new Field("slug", Kind.TEXT, "editor.slug"));

    @Inject
    ArticleService articles;

    @Inject
    SignedIn signedIn;

    @Inject
    EditorView editorView;

    @Inject
    NewsroomClock clock;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    /** The form's fields that the merge decides on. */
    static List<String> mergedFields() {
        return FIELDS.stream().map(Field::name).toList();
    }

    /**
     * @param baseRevision the revision the user's form was opened on, when the form said so; without
     *                     it (or for a field that revision does not keep) every field that differs
     *                     from the current version is shown for a decision
     */
    Response render(ArticleForm yours, long articleId, Integer baseRevision) {
        Editor editor = signedIn.editor();
        Article current = articles.forEditing(editor, articleId);
        ArticleForm stored = ArticleForm.of(current, clock.zone());
        Map<String, String> base = baseRevision == null ? Map.of()
                : articles.formAt(editor, articleId, baseRevision, clock.zone()).orElse(Map.of());
        List<FieldComparison> bothChanged = new ArrayList<>();
        for (Field field : FIELDS) {
            String theirs = stored.value(field.name());
            String mine = yours.value(field.name());
            String original = base.get(field.name());
            if (same(field, mine, theirs) || (original != null && same(field, theirs, original))) {
                continue;
            }
            if (original != null && same(field, mine, original)) {
                yours.set(field.name(), theirs);
            } else {
                bothChanged.add(comparison(field, theirs, mine));
            }
        }
        yours.set("version", Long.toString(current.getVersion()));
        articles.revisions(editor, articleId).stream().findFirst()
                .ifPresent(latest -> yours.set("baseRevision", Integer.toString(latest.getNumber())));
        yours.reject("version", MESSAGE);
        return editorView.render(409, yours, current, null, bothChanged);
    }

    private FieldComparison comparison(Field field, String theirs, String mine) {
        return FieldComparison.of(label(field), shown(field, theirs), shown(field, mine));
    }

    private String label(Field field) {
        return switch (field.name()) {
            case "publishAt", "embargoUntil" -> PageRenderer.message(field.labelKey(), clock.zone().getId());
            case "byline1", "byline2", "byline3" -> PageRenderer.message(field.labelKey(),
                    Integer.parseInt(field.name().substring("byline".length())));
            default -> PageRenderer.message(field.labelKey());
        };
    }

    /** A value as the user knows it: a body as its text, a section or contributor by name. */
    private String shown(Field field, String value) {
        String raw = value == null ? "" : value.strip();
        return switch (field.kind()) {
            case BODY -> WordDiff.bodyText(PlainTextBody.html(raw));
            case SECTION -> sections.findBySlug(raw).map(Section::getName).orElse(raw);
            case CONTRIBUTOR -> raw.matches("\\d{1,18}")
                    ? contributors.find(Long.parseLong(raw)).map(Contributor::getName).orElse(raw) : raw;
            default -> raw;
        };
    }

    /** Whether two values of a field say the same, as the save would read them. */
    private static boolean same(Field field, String a, String b) {
        return normal(field.kind(), a).equals(normal(field.kind(), b));
    }

    private static String normal(Kind kind, String value) {
        String raw = value == null ? "" : value.strip();
        return switch (kind) {
            case BODY -> PlainTextBody.html(raw);
            case TIME -> raw.length() > 16 ? raw.substring(0, 16) : raw;
            case LIST -> String.join(", ", ArticleForm.splitList(raw));
            case LANGUAGE -> raw.isEmpty() ? "en" : raw;
            default -> raw;
        };
    }
}
