package news.dateline.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link MediaAsset}, loaded only when a photo is served. */
@Entity
@Table(name = "media_content")
public class MediaContent {

    @Id
    @Column(name = "asset_id")
    private Long assetId;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected MediaContent() {
    }

    MediaContent(Long assetId, byte[] bytes) {
        this.assetId = assetId;
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
