package news.dateline.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Stores photos and hands them out. */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    /** @throws RejectedImageException when the bytes are not an accepted image or too large */
    public MediaAsset store(byte[] bytes, String originalFilename, String caption, String credit) {
        if (bytes.length == 0) {
            throw new RejectedImageException("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedImageException("The file is larger than 20 MB.");
        }
        InspectedImage image = ImageInspector.inspect(bytes);
        MediaAsset asset = new MediaAsset(image, bytes.length, sha256(bytes), originalFilename, caption, credit,
                Instant.now());
        em.persist(asset);
        em.flush();
        em.persist(new MediaContent(asset.getId(), bytes));
        return asset;
    }

    public Optional<MediaAsset> find(long id) {
        return Optional.ofNullable(em.find(MediaAsset.class, id));
    }

    public Optional<byte[]> bytes(long id) {
        return Optional.ofNullable(em.find(MediaContent.class, id)).map(MediaContent::getBytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
