package news.dateline.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Stores photos and hands them out to the newsroom. */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    news.dateline.platform.NewsroomClock clock;

    @jakarta.inject.Inject
    news.dateline.audit.AuditLog audit;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<PhotoChanged> photoChanged;

    @jakarta.inject.Inject
    RenditionQueue renditionQueue;

    @jakarta.inject.Inject
    news.dateline.platform.Settings settings;

    public MediaAsset store(byte[] bytes, String originalFilename, String caption, String credit) {
        return store(bytes, originalFilename, new PhotoDescription(caption, credit, ""));
    }

    /**
     * Stores a photo; its renditions follow once the upload has committed (see {@link RenditionQueue}). The
     * type is read from the bytes, never from the name, and the pixel count from the header before anything
     * is decoded; the bytes must then decode as the image they claim to be.
     *
     * @throws RejectedImageException when the bytes are not an accepted image, are too large, or the library
     *                                is busy ({@link PhotoBusyException})
     */
    public MediaAsset store(byte[] bytes, String originalFilename, PhotoDescription description) {
        if (bytes.length == 0) {
            throw new RejectedImageException("media.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedImageException("media.error.tooLarge");
        }
        InspectedImage image = ImageInspector.inspect(bytes, settings.maxPhotoMegapixels() * 1_000_000L);
        RenditionQueue.Place place = renditionQueue.reserve();
        try {
            ImageInspector.decode(bytes, image, Resizer.WIDTHS[0]);
            MediaAsset asset = new MediaAsset(image, bytes.length, sha256(bytes), safeName(originalFilename),
                    description, clock.now());
            em.persist(asset);
            em.flush();
            em.persist(new MediaContent(asset.getId(), bytes));
            if (Resizer.widthsFor(image.type(), image.width()).isEmpty()) {
                place.release();
            } else {
                place.renditionsAfterCommit(asset.getId());
            }
            return asset;
        } catch (RuntimeException e) {
            place.release();
            throw e;
        }
    }

    public void describe(news.dateline.account.Editor editor, long id, PhotoDescription description) {
        editor.require(news.dateline.account.Permission.EDIT_MEDIA);
        find(id).orElseThrow(() -> new IllegalArgumentException("There is no photo " + id)).describe(description);
        audit.record(news.dateline.audit.AuditAction.PHOTO_DESCRIBED, editor, "photo " + id, description.caption());
        photoChanged.fire(new PhotoChanged(id));
    }

    /** The widths of the renditions of a photo, smallest first. */
    public java.util.List<Integer> renditionWidths(long assetId) {
        return em.createQuery("select r.id.width from MediaRendition r where r.id.assetId = :id"
                + " order by r.id.width", Integer.class).setParameter("id", assetId).getResultList();
    }

    private static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    /** The newest photos first, optionally only those whose caption, credit or alt text contain {@code query}. */
    public java.util.List<MediaAsset> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return em.createQuery("select m from MediaAsset m order by m.createdAt desc, m.id desc", MediaAsset.class)
                    .setMaxResults(limit).getResultList();
        }
        String pattern = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createQuery("select m from MediaAsset m where lower(m.caption) like :q escape '\\'"
                        + " or lower(m.credit) like :q escape '\\' or lower(m.altText) like :q escape '\\'"
                        + " order by m.createdAt desc, m.id desc", MediaAsset.class)
                .setParameter("q", pattern).setMaxResults(limit).getResultList();
    }

    public Optional<MediaAsset> find(long id) {
        return Optional.ofNullable(em.find(MediaAsset.class, id));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
