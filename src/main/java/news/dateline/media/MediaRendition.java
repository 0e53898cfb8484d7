package news.dateline.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A resized copy or a crop of a photo in one format, made after upload (see {@link RenditionQueue})
 * and served to readers instead of the original. A crop records the focal point it was made for.
 */
@Entity
@Table(name = "media_rendition")
public class MediaRendition {

    /** A rendition is known by its photo, its shape, its width and its format. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "asset_id")
        private long assetId;

        @Column(name = "shape", length = 8)
        private String shape;

        @Column(name = "width")
        private int width;

        @Column(name = "mime_type", length = 100)
        private String mimeType;

        protected Key() {
        }

        Key(long assetId, Shape shape, int width, ImageType format) {
            this.assetId = assetId;
            this.shape = shape.stored();
            this.width = width;
            this.mimeType = format.mimeType();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.assetId == assetId && key.width == width
                    && Objects.equals(key.shape, shape) && Objects.equals(key.mimeType, mimeType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assetId, shape, width, mimeType);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "focal_x")
    private Integer focalX;

    @Column(name = "focal_y")
    private Integer focalY;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected MediaRendition() {
    }

    MediaRendition(long assetId, Shape shape, int width, int height, ImageType format, FocalPoint focus,
                   byte[] bytes) {
        this.id = new Key(assetId, shape, width, format);
        this.height = height;
        this.focalX = shape == Shape.FULL ? null : focus.x();
        this.focalY = shape == Shape.FULL ? null : focus.y();
        this.bytes = bytes.clone();
    }

    public int getWidth() {
        return id.width;
    }

    public String getMimeType() {
        return id.mimeType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
