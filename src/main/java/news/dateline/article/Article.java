package news.dateline.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.dateline.media.MediaAsset;
import news.dateline.platform.Slug;
import news.dateline.section.Section;

/**
 * A news article. Its status changes only through named transitions ({@link #submit},
 * {@link #publish}, {@link #withdraw}, {@link #returnToDraft}); its body is sanitized on the way in,
 * so what is stored is safe to show.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final int MAX_HEADLINE_LENGTH = 300;
    public static final int MAX_LEAD_LENGTH = 1000;
    public static final int MAX_DATELINE_PLACE_LENGTH = 100;
    public static final int MAX_AGENCY_MARK_LENGTH = 40;
    public static final int MAX_BYLINE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "slug", nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(name = "headline", nullable = false, length = MAX_HEADLINE_LENGTH)
    private String headline;

    @Column(name = "lead", nullable = false, length = MAX_LEAD_LENGTH)
    private String lead;

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    private String bodyHtml;

    @Column(name = "dateline_place", length = MAX_DATELINE_PLACE_LENGTH)
    private String datelinePlace;

    @Column(name = "agency_mark", length = MAX_AGENCY_MARK_LENGTH)
    private String agencyMark;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    private List<Tag> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_byline", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Byline> bylines = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_photo_id")
    private MediaAsset mainPhoto;

    /** The photos the body shows, kept with the body (a published article makes them public). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_body_photo", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "asset_id", nullable = false)
    private java.util.Set<Long> bodyPhotoIds = new java.util.HashSet<>();

    @Column(name = "photo_caption", length = MediaAsset.MAX_CAPTION_LENGTH)
    private String photoCaption;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Column(name = "language", nullable = false, length = 2)
    private String language = "en";

    /** The tag names, as text for the search vector the database keeps. */
    @Column(name = "search_tags", nullable = false, columnDefinition = "text")
    private String searchTags = "";

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Article() {
    }

    /** A new draft in a section, with a slug already checked to be free; {@code by} is an account id or null. */
    public Article(ArticleText text, Section section, Slug slug, Long by, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = by;
        this.updatedBy = by;
        this.section = Objects.requireNonNull(section, "section");
        revise(text, now);
    }

    /** Replaces the written part; the body passes the allow-list sanitizer. */
    public void revise(ArticleText text, Instant now) {
        this.headline = required(text.headline(), MAX_HEADLINE_LENGTH, "headline");
        this.lead = optional(text.lead(), MAX_LEAD_LENGTH, "lead");
        this.bodyHtml = BodySanitizer.sanitize(text.bodyHtml());
        java.util.Set<Long> shown = BodyPhotos.in(bodyHtml);
        bodyPhotoIds.retainAll(shown);
        bodyPhotoIds.addAll(shown);
        this.datelinePlace = blankToNull(optional(text.datelinePlace(), MAX_DATELINE_PLACE_LENGTH, "datelinePlace"));
        this.agencyMark = blankToNull(optional(text.agencyMark(), MAX_AGENCY_MARK_LENGTH, "agencyMark"));
        writtenIn(text.language(), now);
    }

    public void placeIn(Section newSection, Instant now) {
        this.section = Objects.requireNonNull(newSection, "section");
        touch(now);
    }

    public void tagWith(List<Tag> newTags, Instant now) {
        tags.clear();
        newTags.stream().distinct().forEach(tags::add);
        searchTags = String.join(" ", tags.stream().map(Tag::getName).toList());
        touch(now);
    }

    /** The article's language decides how search stems its words: {@code en} or {@code ru}. */
    public void writtenIn(String languageCode, Instant now) {
        if (!"en".equals(languageCode) && !"ru".equals(languageCode)) {
            throw new ArticleRefused("language", "editor.error.language");
        }
        this.language = languageCode;
        touch(now);
    }

    /** Bylines in the order they are shown; a wire story may have none. */
    public void creditTo(List<Byline> newBylines, Instant now) {
        bylines.clear();
        bylines.addAll(newBylines);
        touch(now);
    }

    /**
     * Gives the article a new slug. Once the article has been published, its old URL must keep
     * working, so the old slug is returned for the caller to remember; otherwise null.
     */
    public String rename(Slug newSlug, Instant now) {
        String old = this.slug;
        if (old.equals(newSlug.value())) {
            return null;
        }
        this.slug = newSlug.value();
        touch(now);
        return firstPublishedAt != null ? old : null;
    }

    /** The time readers see as the publication time; for an unpublished article, the intended one. */
    public void setPublicationTime(Instant at, Instant now) {
        this.publishedAt = at;
        touch(now);
    }

    /** Records who made the latest change. */
    public void changedBy(Long accountId) {
        this.updatedBy = accountId;
    }

    /** Sets the main photo; a blank caption means the photo's own caption is shown. */
    public void illustrateWith(MediaAsset photo, String captionOverride, Instant now) {
        this.mainPhoto = photo;
        this.photoCaption = photo == null ? null
                : blankToNull(optional(captionOverride, MediaAsset.MAX_CAPTION_LENGTH, "photoCaption"));
        touch(now);
    }

    /** Hands a draft to the editors. */
    public ArticleStatus submit(Instant now) {
        return moveTo(ArticleStatus.SUBMITTED, now, ArticleAction.SUBMIT);
    }

    /**
     * Plans publication for {@code at}; the scheduler publishes it then. An embargo, when given,
     * must not end after the planned time. Scheduling again moves the time.
     */
    public ArticleStatus schedule(Instant at, Instant embargo, Instant now) {
        Objects.requireNonNull(at, "publication time");
        if (!at.isAfter(now)) {
            throw new ArticleRefused("publishAt", "article.error.scheduleInThePast", at);
        }
        if (embargo != null && embargo.isAfter(at)) {
            throw new ArticleRefused("embargoUntil", "article.error.embargoAfterSchedule", embargo, at);
        }
        ArticleStatus from = moveTo(ArticleStatus.SCHEDULED, now, ArticleAction.SCHEDULE);
        this.scheduledAt = at;
        this.embargoUntil = embargo;
        return from;
    }

    /** Cancels a scheduled publication; the article goes back to draft. */
    public ArticleStatus unschedule(Instant now) {
        ArticleStatus from = moveTo(ArticleStatus.DRAFT, now, ArticleAction.UNSCHEDULE);
        this.scheduledAt = null;
        return from;
    }

    /** Sets or lifts an embargo: no publication, by hand or by the scheduler, before it ends. */
    public void embargoUntil(Instant until, Instant now) {
        this.embargoUntil = until;
        touch(now);
    }

    /** The scheduler's publication: dated at the scheduled time. */
    public ArticleStatus publishAsScheduled(Instant now) {
        if (status != ArticleStatus.SCHEDULED || scheduledAt == null || scheduledAt.isAfter(now)) {
            throw new IllegalTransitionException("article.error.notDue");
        }
        Instant at = scheduledAt;
        ArticleStatus from = publish(at, now);
        this.scheduledAt = null;
        return from;
    }

    /**
     * Makes the article visible to readers, dated {@code at}, or at its planned publication time
     * when {@code at} is null, or else now. Refused while an embargo lasts.
     */
    public ArticleStatus publish(Instant at, Instant now) {
        if (embargoUntil != null && embargoUntil.isAfter(now)) {
            throw new IllegalTransitionException("article.error.embargo", embargoUntil);
        }
        Instant time = at != null ? at : publishedAt != null ? publishedAt : now;
        ArticleStatus from = moveTo(ArticleStatus.PUBLISHED, now, ArticleAction.PUBLISH);
        this.scheduledAt = null;
        this.publishedAt = time;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        this.withdrawalReason = null;
        return from;
    }

    /** Takes a published article off the site; its URL then answers 410 Gone. */
    public ArticleStatus withdraw(String reason, Instant now) {
        String why = optional(reason, 1000, "withdrawReason");
        if (why.isEmpty()) {
            throw new ArticleRefused("withdrawReason", "editor.error.unpublishReason");
        }
        ArticleStatus from = moveTo(ArticleStatus.WITHDRAWN, now, ArticleAction.WITHDRAW);
        this.withdrawalReason = why;
        return from;
    }

    /**
     * Back to the writers for rework, from review, from the schedule, from the site or after a
     * withdrawal. Taking a live story off the site needs a reason: its address answers 410 with it
     * until the story is published again.
     */
    public ArticleStatus returnToDraft(String reason, Instant now) {
        String why = optional(reason, 1000, "returnToDraftReason");
        if (status == ArticleStatus.PUBLISHED && why.isEmpty()) {
            throw new ArticleRefused("returnToDraftReason", "editor.error.unpublishReason");
        }
        boolean wasLive = status == ArticleStatus.PUBLISHED;
        ArticleStatus from = moveTo(ArticleStatus.DRAFT, now, ArticleAction.RETURN_TO_DRAFT);
        this.scheduledAt = null;
        if (wasLive) {
            this.withdrawalReason = why;
        }
        return from;
    }

    /** Whether readers see it now: a correction applies only to such an article. */
    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The actions this article's status allows now (the person's role is checked apart). */
    public java.util.Set<ArticleAction> allowedActions() {
        java.util.Set<ArticleAction> allowed = java.util.EnumSet.noneOf(ArticleAction.class);
        for (ArticleAction action : ArticleAction.values()) {
            if (action.allowedFrom(status)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private ArticleStatus moveTo(ArticleStatus target, Instant now, ArticleAction action) {
        ArticleStatus from = status;
        if (!action.allowedFrom(from)) {
            throw new IllegalTransitionException("article.error.transition",
                    from.label().toLowerCase(news.dateline.platform.InterfaceLanguage.current().locale()));
        }
        this.status = target;
        touch(now);
        return from;
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text.isEmpty()) {
            throw new ArticleRefused(field, "editor.error.required");
        }
        return text;
    }

    private static String optional(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new ArticleRefused(field, "editor.error.tooLong", max, text.length());
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    public String getHeadline() {
        return headline;
    }

    public String getLead() {
        return lead;
    }

    /** The numbers of the library photos the body shows. */
    public java.util.Set<Long> getBodyPhotoIds() {
        return java.util.Collections.unmodifiableSet(bodyPhotoIds);
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getDatelinePlace() {
        return datelinePlace;
    }

    public String getAgencyMark() {
        return agencyMark;
    }

    public Section getSection() {
        return section;
    }

    public List<Tag> getTags() {
        return List.copyOf(tags);
    }

    public List<Byline> getBylines() {
        return List.copyOf(bylines);
    }

    public List<String> getBylineNames() {
        return bylines.stream().map(Byline::getName).toList();
    }

    public MediaAsset getMainPhoto() {
        return mainPhoto;
    }

    /** The caption readers see: the article's own, or else the photo's. */
    public String getPhotoCaption() {
        if (mainPhoto == null) {
            return null;
        }
        return photoCaption != null ? photoCaption : mainPhoto.getCaption();
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    /** The caption this article sets itself, or null when it shows the photo's own. */
    public String getPhotoCaptionOverride() {
        return photoCaption;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
