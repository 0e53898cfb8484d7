package news.dateline.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A photo in the library. Its bytes live in {@link MediaContent} so that listing assets never
 * loads them. Caption and credit are the defaults an article shows unless it overrides the caption.
 */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

    public static final int MAX_CAPTION_LENGTH = 1000;
    public static final int MAX_CREDIT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mime_type", nullable = false, length = 100)
    private String mimeType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "caption", nullable = false, length = MAX_CAPTION_LENGTH)
    private String caption;

    @Column(name = "credit", nullable = false, length = MAX_CREDIT_LENGTH)
    private String credit;

    @Column(name = "alt_text", nullable = false, length = MAX_CAPTION_LENGTH)
    private String altText;

    @Column(name = "original_filename", length = 255)
    private String originalFilename;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "focal_x")
    private Integer focalX;

    @Column(name = "focal_y")
    private Integer focalY;

    protected MediaAsset() {
    }

    MediaAsset(InspectedImage image, long byteSize, String sha256, String originalFilename,
               PhotoDescription description, Instant createdAt) {
        this.mimeType = image.type().mimeType();
        this.width = image.width();
        this.height = image.height();
        this.byteSize = byteSize;
        this.sha256 = Objects.requireNonNull(sha256);
        this.originalFilename = originalFilename;
        describe(description);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Sets the caption, credit and alt text that articles show unless they override the caption. */
    void describe(PhotoDescription description) {
        this.caption = limited(description.caption(), MAX_CAPTION_LENGTH, "caption");
        this.credit = limited(Credit.withoutSign(description.credit()), MAX_CREDIT_LENGTH, "credit");
        this.altText = limited(description.altText(), MAX_CAPTION_LENGTH, "altText");
    }

    /** @throws news.dateline.platform.FieldRefused on {@code field} when the text is too long or unusable */
    private static String limited(String text, int max, String field) {
        String value = text == null ? "" : text.strip();
        news.dateline.platform.FormInput.requireUsable(field, value);
        if (value.length() > max) {
            throw new news.dateline.platform.FieldRefused(field, "media.error.tooLong", max);
        }
        return value;
    }

    /** Sets the point every crop keeps in frame; its crops are then made again. */
    void focusOn(FocalPoint point) {
        this.focalX = point.x();
        this.focalY = point.y();
    }

    /** The point of interest, the centre when none was set. */
    public FocalPoint getFocalPoint() {
        return FocalPoint.of(focalX, focalY);
    }

    /** Whether someone set the point of interest. */
    public boolean hasFocalPoint() {
        return focalX != null;
    }

    public Long getId() {
        return id;
    }

    public ImageType getType() {
        return ImageType.ofMimeType(mimeType);
    }

    public long getByteSize() {
        return byteSize;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public String getAltText() {
        return altText;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
