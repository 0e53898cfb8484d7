package news.dateline.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A resized copy of a photo, made after upload (see {@link RenditionQueue}) and served to readers
 * instead of the original.
 */
@Entity
@Table(name = "media_rendition")
public class MediaRendition {

    /** A rendition is known by its photo and its width. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "asset_id")
        private long assetId;

        @Column(name = "width")
        private int width;

        protected Key() {
        }

        Key(long assetId, int width) {
            this.assetId = assetId;
            this.width = width;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.assetId == assetId && key.width == width;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assetId, width);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "mime_type", nullable = false, length = 100)
    private String mimeType;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected MediaRendition() {
    }

    MediaRendition(long assetId, int width, int height, ImageType type, byte[] bytes) {
        this.id = new Key(assetId, width);
        this.height = height;
        this.mimeType = type.mimeType();
        this.bytes = bytes.clone();
    }

    public int getWidth() {
        return id.width;
    }

    public String getMimeType() {
        return mimeType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
