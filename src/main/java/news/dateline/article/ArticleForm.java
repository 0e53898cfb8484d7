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
        form.values.put("language", "en");
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
        List<Byline> bylines = article.getBylines();
        List<String> freeText = new ArrayList<>();
        int choice = 1;
        for (Byline byline : bylines) {
            if (byline.getContributorId() != null && choice <= BYLINE_CHOICES) {
                form.values.put("byline" + choice++, byline.getContributorId().toString());
            } else {
                freeText.add(byline.getName());
            }
        }
        form.values.put("bylineText", String.join(", ", freeText));
        form.values.put("publishAt", article.getPublishedAt() == null ? ""
                : LOCAL_TIME.format(article.getPublishedAt().atZone(zone)));
        form.values.put("photoId", article.getMainPhoto() == null ? "" : article.getMainPhoto().getId().toString());
        form.values.put("photoCaption", nullToEmpty(article.getPhotoCaptionOverride()));
        form.values.put("slug", article.getSlug());
        form.values.put("version", Long.toString(article.getVersion()));
        if (article.getScheduledAt() != null) {
            form.values.put("publishAt", LOCAL_TIME.format(article.getScheduledAt().atZone(zone)));
        }
        form.values.put("embargoUntil", article.getEmbargoUntil() == null ? ""
                : LOCAL_TIME.format(article.getEmbargoUntil().atZone(zone)));
        return form;
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
                errors.put(field, "This contains characters that cannot be stored (such as NUL or a broken"
                        + " emoji); remove them and save again.");
            }
        });
        return errors.isEmpty();
    }

    public ArticleDraft validate(ZoneId zone, Predicate<String> sectionExists, LongFunction<String> contributorName,
                                 Predicate<Long> photoExists, Predicate<String> slugFree) {
        String headline = value("headline").strip();
        if (headline.isEmpty()) {
            errors.put("headline", "Write a headline.");
        }
        maxLength("headline", Article.MAX_HEADLINE_LENGTH);
        maxLength("lead", Article.MAX_LEAD_LENGTH);
        maxLength("body", MAX_BODY_LENGTH);
        maxLength("datelinePlace", Article.MAX_DATELINE_PLACE_LENGTH);
        maxLength("agencyMark", Article.MAX_AGENCY_MARK_LENGTH);
        maxLength("photoCaption", news.dateline.media.MediaAsset.MAX_CAPTION_LENGTH);
        if (!List.of("en", "ru").contains(value("language").isBlank() ? "en" : value("language"))) {
            errors.put("language", "Choose English or Russian.");
        }
        if (!sectionExists.test(value("section"))) {
            errors.put("section", "Choose one of the sections.");
        }
        List<String> tags = splitList(value("tags"));
        if (tags.size() > MAX_TAGS) {
            errors.put("tags", "An article has at most " + MAX_TAGS + " tags.");
        } else if (tags.stream().anyMatch(t -> t.length() > Tag.MAX_NAME_LENGTH)) {
            errors.put("tags", "A tag has at most " + Tag.MAX_NAME_LENGTH + " characters.");
        }
        List<Byline> bylines = bylines(contributorName);
        Instant publicationTime = time("publishAt", zone);
        embargo = time("embargoUntil", zone);
        if (value("correctionNote").strip().length() > ArticleCorrection.MAX_NOTE_LENGTH) {
            errors.put("correctionNote", "A correction note has at most " + ArticleCorrection.MAX_NOTE_LENGTH
                    + " characters.");
        }
        Long photoId = photoId(photoExists);
        String bodyHtml = PlainTextBody.toHtml(value("body"));
        BodyPhotos.in(BodySanitizer.sanitize(bodyHtml)).stream().filter(id -> !photoExists.test(id)).findFirst()
                .ifPresent(id -> errors.putIfAbsent("body",
                        news.dateline.platform.PageRenderer.message("editor.bodyPhotoMissing", id)));
        String slug = value("slug").strip();
        if (!slug.isEmpty() && !Slug.isValid(slug)) {
            errors.put("slug", "Use lower-case letters a-z, digits and single hyphens, at most " + Slug.MAX_LENGTH
                    + " characters.");
        } else if (!slug.isEmpty() && !slugFree.test(slug)) {
            errors.put("slug", "Another article already uses this slug.");
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
                errors.put("byline" + i, "Choose a contributor from the list.");
            } else if (bylines.stream().noneMatch(b -> b.getName().equals(name))) {
                bylines.add(new Byline(name, Long.parseLong(chosen)));
            }
        }
        for (String name : splitList(value("bylineText"))) {
            if (name.length() > Article.MAX_BYLINE_LENGTH) {
                errors.put("bylineText", "A byline has at most " + Article.MAX_BYLINE_LENGTH + " characters.");
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
            errors.put(field, "Give the time as year-month-day and hours:minutes, e.g. 2016-06-07T14:32.");
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
        errors.put("photoId", "Choose a photo from the library.");
        return null;
    }

    private void maxLength(String field, int max) {
        if (value(field).strip().length() > max && !errors.containsKey(field)) {
            errors.put(field, "At most " + max + " characters (now " + value(field).strip().length() + ").");
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

    public void reject(String field, String message) {
        errors.put(field, message);
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
