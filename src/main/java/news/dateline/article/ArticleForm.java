package news.dateline.article;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import news.dateline.platform.Slug;

/**
 * The article editor's form, exactly as the user typed it. Only the fields a user may change are
 * bound (never the id, author or status). It validates into messages per field, so a form with
 * errors comes back with everything the user typed.
 */
public final class ArticleForm {

    public static final int BYLINE_CHOICES = 3;
    public static final int MAX_BODY_LENGTH = 200_000;
    public static final int MAX_TAGS = 20;
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private Instant embargo;

    static final List<String> FIELDS = List.of("headline", "lead", "body", "datelinePlace", "agencyMark", "section",
            "tags", "byline1", "byline2", "byline3", "bylineText", "publishAt", "photoId", "photoCaption", "slug",
            "version", "photoCredit", "photoUploadCaption", "photoAltText", "embargoUntil", "correctionNote", "language",
            "baseRevision");

    public static ArticleForm from(HttpServletRequest request) {
        ArticleForm form = new ArticleForm();
        for (String field : FIELDS) {
            String value = request.getParameter(field);
            form.values.put(field, value == null ? "" : value);
        }
        return form;
    }

    public static ArticleForm blank(String sectionSlug) {
        ArticleForm form = new ArticleForm();
        FIELDS.forEach(field -> form.values.put(field, ""));
        form.values.put("section", sectionSlug == null ? "" : sectionSlug);
        // a new story is written in the language its writer works in; the field changes it
        form.values.put("language", news.dateline.platform.InterfaceLanguage.current().code());
        return form;
    }

    /** The form as it shows an article that is being edited. */
    public static ArticleForm of(Article article, ZoneId zone) {
        ArticleForm form = blank(article.getSection().getSlug());
        form.values.put("headline", article.getHeadline());
        form.values.put("lead", article.getLead());
        form.values.put("body", PlainTextBody.toText(article.getBodyHtml()));
        form.values.put("datelinePlace", nullToEmpty(article.getDatelinePlace()));
        form.values.put("agencyMark", nullToEmpty(article.getAgencyMark()));
        form.values.put("language", article.getLanguage());
        form.values.put("tags", String.join(", ", article.getTags().stream().map(Tag::getName).toList()));
        putBylines(form.values, article.getBylines());
        form.values.put("publishAt", publishAt(article.getPublishedAt(), article.getScheduledAt(), zone));
        form.values.put("photoId", article.getMainPhoto() == null ? "" : article.getMainPhoto().getId().toString());
        form.values.put("photoCaption", nullToEmpty(article.getPhotoCaptionOverride()));
        form.values.put("slug", article.getSlug());
        form.values.put("version", Long.toString(article.getVersion()));
        form.values.put("embargoUntil", localTime(article.getEmbargoUntil(), zone));
        return form;
    }

    /**
     * The fields of the form as it showed a revision of the article (the one a form was opened on),
     * for the fields the revision keeps: all that the form stores, except the language, publication
     * time and embargo in revisions written before revisions kept them. Fields the user types for
     * one save only (version, correction note, a new photo's details) are not among them.
     *
     * @param sectionSlug the slug of the revision's section
     */
    static Map<String, String> valuesAt(ArticleRevision revision, String sectionSlug, ZoneId zone) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("headline", revision.getHeadline());
        values.put("lead", revision.getLead());
        values.put("body", PlainTextBody.toText(revision.getBodyHtml()));
        values.put("datelinePlace", nullToEmpty(revision.getDatelinePlace()));
        values.put("agencyMark", nullToEmpty(revision.getAgencyMark()));
        values.put("section", sectionSlug);
        values.put("tags", String.join(", ", revision.tagNames()));
        putBylines(values, revision.bylineList());
        values.put("photoId", revision.getPhotoId() == null ? "" : revision.getPhotoId().toString());
        values.put("photoCaption", nullToEmpty(revision.getPhotoCaption()));
        values.put("slug", revision.getSlug());
        if (revision.keepsLanguageAndSchedule()) {
            values.put("language", revision.getLanguage());
            values.put("publishAt", publishAt(revision.getPublishedAt(), revision.getScheduledAt(), zone));
            values.put("embargoUntil", localTime(revision.getEmbargoUntil(), zone));
        }
        return values;
    }

    /** Contributors into the three byline choices, in order; free-text names (and any beyond three) into the text. */
    private static void putBylines(Map<String, String> values, List<Byline> bylines) {
        List<String> freeText = new ArrayList<>();
        int choice = 1;
        for (int i = 1; i <= BYLINE_CHOICES; i++) {
            values.put("byline" + i, "");
        }
        for (Byline byline : bylines) {
            if (byline.getContributorId() != null && choice <= BYLINE_CHOICES) {
                values.put("byline" + choice++, byline.getContributorId().toString());
            } else {
                freeText.add(byline.getName());
            }
        }
        values.put("bylineText", String.join(", ", freeText));
    }

    /** The form's publication time: the planned one while scheduled, else the publication's, else none. */
    private static String publishAt(Instant publishedAt, Instant scheduledAt, ZoneId zone) {
        return localTime(scheduledAt != null ? scheduledAt : publishedAt, zone);
    }

    private static String localTime(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL_TIME.format(at.atZone(zone));
    }

    /**
     * Checks every field and turns the form into a draft for the service.
     *
     * @param sectionExists     whether a section slug names a section
     * @param contributorName   a contributor's name by id, or null when there is none
     * @param photoExists       whether a photo id names a photo in the library
     * @param slugFree          whether a slug is free for this article
     * @return the draft, or null when {@link #errors()} says what to fix (including errors found
     *         before, such as a rejected upload)
     */
    /**
     * Marks every field holding characters that cannot be stored (NUL and other control characters,
     * lone surrogates), each with its message; the typed values stay for the user to mend.
     *
     * @return whether all fields can be stored
     */
    public boolean rejectUnusableCharacters() {
        values.forEach((field, value) -> {
            if (!news.dateline.platform.UsableText.usable(value, true)) {
                reject(field, "editor.error.unusable");
            }
        });
        return errors.isEmpty();
    }

    public ArticleDraft validate(ZoneId zone, Predicate<String> sectionExists, LongFunction<String> contributorName,
                                 Predicate<Long> photoExists, Predicate<String> slugFree) {
        String headline = value("headline").strip();
        if (headline.isEmpty()) {
            reject("headline", "editor.error.headline");
        }
        maxLength("headline", Article.MAX_HEADLINE_LENGTH);
        maxLength("lead", Article.MAX_LEAD_LENGTH);
        maxLength("body", MAX_BODY_LENGTH);
        maxLength("datelinePlace", Article.MAX_DATELINE_PLACE_LENGTH);
        maxLength("agencyMark", Article.MAX_AGENCY_MARK_LENGTH);
        maxLength("photoCaption", news.dateline.media.MediaAsset.MAX_CAPTION_LENGTH);
        if (!List.of("en", "ru").contains(value("language").isBlank() ? "en" : value("language"))) {
            reject("language", "editor.error.language");
        }
        if (!sectionExists.test(value("section"))) {
            reject("section", "editor.error.section");
        }
        List<String> tags = splitList(value("tags"));
        if (tags.size() > MAX_TAGS) {
            reject("tags", "editor.error.tagCount", MAX_TAGS);
        } else if (tags.stream().anyMatch(t -> t.length() > Tag.MAX_NAME_LENGTH)) {
            reject("tags", "editor.error.tagLength", Tag.MAX_NAME_LENGTH);
        }
        List<Byline> bylines = bylines(contributorName);
        Instant publicationTime = time("publishAt", zone);
        embargo = time("embargoUntil", zone);
        if (value("correctionNote").strip().length() > ArticleCorrection.MAX_NOTE_LENGTH) {
            reject("correctionNote", "editor.error.correctionNoteLength", ArticleCorrection.MAX_NOTE_LENGTH);
        }
        Long photoId = photoId(photoExists);
        String bodyHtml = PlainTextBody.toHtml(value("body"));
        BodyPhotos.in(BodySanitizer.sanitize(bodyHtml)).stream().filter(id -> !photoExists.test(id)).findFirst()
                .filter(id -> !errors.containsKey("body")).ifPresent(id -> reject("body", "editor.bodyPhotoMissing", id));
        String slug = value("slug").strip();
        if (!slug.isEmpty() && !Slug.isValid(slug)) {
            reject("slug", "editor.error.slug", Slug.MAX_LENGTH);
        } else if (!slug.isEmpty() && !slugFree.test(slug)) {
            reject("slug", "editor.error.slugTaken");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        ArticleText text = new ArticleText(headline, value("lead"), bodyHtml,
                value("datelinePlace"), value("agencyMark"), value("language"));
        return new ArticleDraft(text, value("section"), tags, bylines, photoId, value("photoCaption"),
                slug.isEmpty() ? null : slug, publicationTime, embargo);
    }

    private List<Byline> bylines(LongFunction<String> contributorName) {
        List<Byline> bylines = new ArrayList<>();
        for (int i = 1; i <= BYLINE_CHOICES; i++) {
            String chosen = value("byline" + i).strip();
            if (chosen.isEmpty()) {
                continue;
            }
            String name = contributorNameOf(chosen, contributorName);
            if (name == null) {
                reject("byline" + i, "editor.error.byline");
            } else if (bylines.stream().noneMatch(b -> b.getName().equals(name))) {
                bylines.add(new Byline(name, Long.parseLong(chosen)));
            }
        }
        for (String name : splitList(value("bylineText"))) {
            if (name.length() > Article.MAX_BYLINE_LENGTH) {
                reject("bylineText", "editor.error.bylineLength", Article.MAX_BYLINE_LENGTH);
            } else {
                bylines.add(Byline.freeText(name));
            }
        }
        return bylines;
    }

    private static String contributorNameOf(String id, LongFunction<String> contributorName) {
        try {
            return contributorName.apply(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Instant time(String field, ZoneId zone) {
        String raw = value(field).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.length() > 16 ? raw.substring(0, 16) : raw, LOCAL_TIME)
                    .atZone(zone).toInstant();
        } catch (DateTimeException e) {
            reject(field, "editor.error.time");
            return null;
        }
    }

    /** The embargo the form asks for, once validated; null for none. */
    public Instant embargo() {
        return embargo;
    }

    /** The correction note typed for a published article; blank for an ordinary save. */
    public String correctionNote() {
        return value("correctionNote").strip();
    }

    private Long photoId(Predicate<Long> photoExists) {
        String raw = value("photoId").strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw);
            if (photoExists.test(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject("photoId", "editor.error.photo");
        return null;
    }

    private void maxLength(String field, int max) {
        if (value(field).strip().length() > max && !errors.containsKey(field)) {
            reject(field, "editor.error.tooLong", max, value(field).strip().length());
        }
    }

    static List<String> splitList(String raw) {
        return Arrays.stream(raw.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Puts a value into the form, e.g. the id of a photo uploaded with it. */
    public void set(String field, String value) {
        values.put(field, value == null ? "" : value);
    }

    /**
     * Marks a field as refused: the message (from {@code messages.properties}, by its key) is shown
     * next to it and the typed value stays.
     */
    public void reject(String field, String messageKey, Object... arguments) {
        errors.put(field, news.dateline.platform.PageRenderer.message(messageKey, arguments));
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public long version() {
        try {
            return Long.parseLong(value("version").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
