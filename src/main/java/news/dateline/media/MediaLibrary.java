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

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<news.dateline.platform.SiteChanged> siteChanged;

    public MediaAsset store(byte[] bytes, String originalFilename, String caption, String credit) {
        return store(bytes, originalFilename, new PhotoDescription(caption, credit, ""));
    }

    /**
     * Stores a photo with its renditions. The type is read from the bytes, never from the name.
     *
     * @throws RejectedImageException when the bytes are not an accepted image or too large
     */
    public MediaAsset store(byte[] bytes, String originalFilename, PhotoDescription description) {
        if (bytes.length == 0) {
            throw new RejectedImageException("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedImageException("The file is larger than 20 MB.");
        }
        InspectedImage image = ImageInspector.inspect(bytes);
        MediaAsset asset = new MediaAsset(image, bytes.length, sha256(bytes), safeName(originalFilename),
                description, Instant.now());
        em.persist(asset);
        em.flush();
        em.persist(new MediaContent(asset.getId(), bytes));
        for (Resizer.Resized resized : Resizer.renditions(image.type(), bytes, image.width())) {
            em.persist(new MediaRendition(asset.getId(), resized.width(), resized.height(), image.type(),
                    resized.bytes()));
        }
        return asset;
    }

    public void describe(news.dateline.account.Editor editor, long id, PhotoDescription description) {
        editor.require(news.dateline.account.Permission.EDIT_MEDIA);
        find(id).orElseThrow(() -> new IllegalArgumentException("There is no photo " + id)).describe(description);
        siteChanged.fire(new news.dateline.platform.SiteChanged(java.util.Set.of("photo:" + id)));
    }

    /** The widths of the renditions of a photo, smallest first. */
    public java.util.List<Integer> renditionWidths(long assetId) {
        return em.createQuery("select r.id.width from MediaRendition r where r.id.assetId = :id"
                + " order by r.id.width", Integer.class).setParameter("id", assetId).getResultList();
    }

    public Optional<MediaRendition> rendition(long assetId, int width) {
        return Optional.ofNullable(em.find(MediaRendition.class, new MediaRendition.Key(assetId, width)));
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
