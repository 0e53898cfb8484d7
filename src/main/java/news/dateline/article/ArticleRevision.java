package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import news.dateline.media.MediaAsset;

/**
 * A full copy of an article as it was after one save or status change, numbered from 1, with who
 * and when. Revisions are only ever added: restoring an old one adds a new one.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    private static final String BYLINE_SEPARATOR = "\t";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "reason", nullable = false, length = 40)
    private String reason;

    @Column(name = "headline", nullable = false, length = 300)
    private String headline;

    @Column(name = "lead", nullable = false, length = 1000)
    private String lead;

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    private String bodyHtml;

    @Column(name = "dateline_place", length = 100)
    private String datelinePlace;

    @Column(name = "agency_mark", length = 40)
    private String agencyMark;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(name = "section_name", nullable = false, length = 80)
    private String sectionName;

    @Column(name = "tags", nullable = false, columnDefinition = "text")
    private String tags;

    @Column(name = "bylines", nullable = false, columnDefinition = "text")
    private String bylines;

    @Column(name = "photo_id")
    private Long photoId;

    @Column(name = "photo_caption", length = 1000)
    private String photoCaption;

    @Column(name = "photo_credit", length = 300)
    private String photoCredit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "slug", nullable = false, length = 200)
    private String slug;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The article's language; null in revisions written before revisions kept it (and its schedule). */
    @Column(name = "language", length = 2)
    private String language;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String reason, Long accountId, Instant now) {
        this.articleId = article.getId();
        this.number = number;
        this.reason = reason;
        this.accountId = accountId;
        this.createdAt = now;
        this.headline = article.getHeadline();
        this.lead = article.getLead();
        this.bodyHtml = article.getBodyHtml();
        this.datelinePlace = article.getDatelinePlace();
        this.agencyMark = article.getAgencyMark();
        this.sectionId = article.getSection().getId();
        this.sectionName = article.getSection().getName();
        this.tags = String.join("\n", article.getTags().stream().map(Tag::getName).toList());
        this.bylines = String.join("\n", article.getBylines().stream()
                .map(b -> (b.getContributorId() == null ? "" : b.getContributorId()) + BYLINE_SEPARATOR + b.getName())
                .toList());
        MediaAsset photo = article.getMainPhoto();
        this.photoId = photo == null ? null : photo.getId();
        this.photoCaption = article.getPhotoCaptionOverride();
        this.photoCredit = photo == null ? null : photo.getCredit();
        this.status = article.getStatus();
        this.slug = article.getSlug();
        this.publishedAt = article.getPublishedAt();
        this.language = article.getLanguage();
        this.scheduledAt = article.getScheduledAt();
        this.embargoUntil = article.getEmbargoUntil();
    }

    /** The text and metadata of this revision, ready to be written back to the article. */
    ArticleText text() {
        return new ArticleText(headline, lead, bodyHtml, datelinePlace, agencyMark, null);
    }

    public List<String> tagNames() {
        return tags.isEmpty() ? List.of() : List.of(tags.split("\n"));
    }

    public List<Byline> bylineList() {
        if (bylines.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(bylines.split("\n")).map(line -> {
            String[] parts = line.split(BYLINE_SEPARATOR, 2);
            return new Byline(parts[1], parts[0].isEmpty() ? null : Long.parseLong(parts[0]));
        }).toList();
    }

    public long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    /**
     * Why the revision was made, in the interface's language: the stored reason is a fixed token ({@code save},
     * {@code correction}, {@code created}, a status such as {@code published}, or {@code restore of 3}).
     */
    public String reasonInWords() {
        return reasonInWords(reason);
    }

    static String reasonInWords(String stored) {
        if (stored == null) {
            return "";
        }
        java.util.regex.Matcher restore = java.util.regex.Pattern.compile("restore of (\\d{1,9})").matcher(stored);
        if (restore.matches()) {
            return news.dateline.platform.PageRenderer.message("revision.reason.restore", Integer.parseInt(restore.group(1)));
        }
        String key = "revision.reason." + stored;
        return news.dateline.platform.PageRenderer.hasMessage(key) ? news.dateline.platform.PageRenderer.message(key) : stored;
    }

    public String getReason() {
        return reason;
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

    public long getSectionId() {
        return sectionId;
    }

    public String getSectionName() {
        return sectionName;
    }

    public Long getPhotoId() {
        return photoId;
    }

    public String getPhotoCaption() {
        return photoCaption;
    }

    public String getPhotoCredit() {
        return photoCredit;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Whether this revision keeps the article's language, planned publication time and embargo. */
    public boolean keepsLanguageAndSchedule() {
        return language != null;
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
}
