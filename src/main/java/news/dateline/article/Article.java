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
 * A news article. Its status changes only through named transitions ({@link #publish},
 * {@link #returnToDraft}); its body is sanitized on the way in, so what is stored is safe to show.
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
    @Column(name = "name", nullable = false, length = MAX_BYLINE_LENGTH)
    private List<String> bylines = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_photo_id")
    private MediaAsset mainPhoto;

    @Column(name = "photo_caption", length = MediaAsset.MAX_CAPTION_LENGTH)
    private String photoCaption;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Article() {
    }

    /** A new draft in a section, with a slug already checked to be free. */
    public Article(ArticleText text, Section section, Slug slug, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.createdAt = Objects.requireNonNull(now, "now");
        this.section = Objects.requireNonNull(section, "section");
        revise(text, now);
    }

    /** Replaces the written part; the body passes the allow-list sanitizer. */
    public void revise(ArticleText text, Instant now) {
        this.headline = required(text.headline(), MAX_HEADLINE_LENGTH, "headline");
        this.lead = optional(text.lead(), MAX_LEAD_LENGTH, "lead");
        this.bodyHtml = BodySanitizer.sanitize(text.bodyHtml());
        this.datelinePlace = blankToNull(optional(text.datelinePlace(), MAX_DATELINE_PLACE_LENGTH, "dateline place"));
        this.agencyMark = blankToNull(optional(text.agencyMark(), MAX_AGENCY_MARK_LENGTH, "agency mark"));
        touch(now);
    }

    public void placeIn(Section newSection, Instant now) {
        this.section = Objects.requireNonNull(newSection, "section");
        touch(now);
    }

    public void tagWith(List<Tag> newTags, Instant now) {
        tags.clear();
        newTags.stream().distinct().forEach(tags::add);
        touch(now);
    }

    /** Bylines in the order they are shown; a wire story may have none. */
    public void creditTo(List<String> names, Instant now) {
        bylines.clear();
        for (String name : names) {
            String byline = optional(name, MAX_BYLINE_LENGTH, "byline");
            if (!byline.isEmpty()) {
                bylines.add(byline);
            }
        }
        touch(now);
    }

    /** Sets the main photo; a blank caption means the photo's own caption is shown. */
    public void illustrateWith(MediaAsset photo, String captionOverride, Instant now) {
        this.mainPhoto = photo;
        this.photoCaption = photo == null ? null
                : blankToNull(optional(captionOverride, MediaAsset.MAX_CAPTION_LENGTH, "caption"));
        touch(now);
    }

    /** Makes the article visible to readers, dated {@code at}. */
    public void publish(Instant at, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException("The article is already published");
        }
        this.publishedAt = Objects.requireNonNull(at, "publication time");
        this.status = ArticleStatus.PUBLISHED;
        touch(now);
    }

    /** Takes a published article off the site for rework. */
    public void returnToDraft(Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException("Only a published article can go back to draft");
        }
        this.status = ArticleStatus.DRAFT;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("An article needs a " + field);
        }
        return text;
    }

    private static String optional(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException("The " + field + " has at most " + max + " characters");
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

    public List<String> getBylines() {
        return List.copyOf(bylines);
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
