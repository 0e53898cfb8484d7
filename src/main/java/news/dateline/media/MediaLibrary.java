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
            place.renditionsAfterCommit(asset.getId());
            return asset;
        } catch (RuntimeException e) {
            place.release();
            throw e;
        }
    }

    /**
     * Stores a photo someone in the newsroom uploaded, and says so in the audit log: the photo and its
     * line commit together (see {@link #store(byte[], String, PhotoDescription)} for what is checked).
     */
    public MediaAsset upload(news.dateline.account.Editor editor, byte[] bytes, String originalFilename,
                             PhotoDescription description) {
        MediaAsset asset = store(bytes, originalFilename, description);
        audit.record(news.dateline.audit.AuditAction.PHOTO_UPLOADED, editor, "photo " + asset.getId(),
                asset.getOriginalFilename());
        return asset;
    }

    public void describe(news.dateline.account.Editor editor, long id, PhotoDescription description) {
        editor.require(news.dateline.account.Permission.EDIT_MEDIA);
        find(id).orElseThrow(() -> new IllegalArgumentException("There is no photo " + id)).describe(description);
        audit.record(news.dateline.audit.AuditAction.PHOTO_DESCRIBED, editor, "photo " + id, description.caption());
        photoChanged.fire(new PhotoChanged(id));
    }

    /** The widths of the whole-photo renditions of a photo (in the format every browser reads), smallest first. */
    public java.util.List<Integer> renditionWidths(long assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        if (asset == null) {
            return java.util.List.of();
        }
        return em.createQuery("select r.id.width from MediaRendition r where r.id.assetId = :id"
                        + " and r.id.shape = 'full' and r.id.mimeType = :type order by r.id.width", Integer.class)
                .setParameter("id", assetId).setParameter("type", PhotoUrls.fallback(asset.getType()).mimeType())
                .getResultList();
    }

    /**
     * Sets the point of interest of a photo: its crops are dropped and made again around it once this
     * commits, and the cached pages showing it are dropped.
     *
     * @throws PhotoBusyException when the rendition queue is full (nothing is changed)
     */
    public MediaAsset focus(news.dateline.account.Editor editor, long id, FocalPoint point) {
        editor.require(news.dateline.account.Permission.EDIT_MEDIA);
        MediaAsset asset = em.find(MediaAsset.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (asset == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (asset.hasFocalPoint() && asset.getFocalPoint().equals(point)) {
            return asset;
        }
        RenditionQueue.Place place = renditionQueue.reserve();
        try {
            asset.focusOn(point);
            em.flush();
            em.createNativeQuery("delete from media_rendition where asset_id = :id and shape <> 'full'")
                    .setParameter("id", id).executeUpdate();
            audit.record(news.dateline.audit.AuditAction.PHOTO_FOCUSED, editor, "photo " + id,
                    "focal point " + point.x() + "% " + point.y() + "%");
            photoChanged.fire(new PhotoChanged(id));
            place.renditionsAfterCommit(id);
            return asset;
        } catch (RuntimeException e) {
            place.release();
            throw e;
        }
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

    /** The most words a library search matches; more are ignored. */
    public static final int MAX_SEARCH_WORDS = 8;

    /**
     * One page of the photos {@code editor} may place in articles, newest first, after {@code before}
     * (null: from the newest). Every word of {@code query} must occur (ignoring case) in the caption,
     * credit, alt text or file name. Returns up to {@code size + 1} photos: one more than a page says
     * that there are older ones.
     *
     * Every photo of the library may be placed by anyone who may write articles.
     *
     * @throws news.dateline.account.AccessDeniedException when the editor may not write articles
     */
    public java.util.List<MediaAsset> usable(news.dateline.account.Editor editor, String query,
                                             news.dateline.platform.PageKey before, int size) {
        editor.require(news.dateline.account.Permission.WRITE_ARTICLE);
        java.util.List<String> words = searchWords(query);
        StringBuilder jpql = new StringBuilder("select m from MediaAsset m where 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            String p = ":w" + i;
            jpql.append(" and (lower(m.caption) like ").append(p).append(" escape '\\'")
                    .append(" or lower(m.credit) like ").append(p).append(" escape '\\'")
                    .append(" or lower(m.altText) like ").append(p).append(" escape '\\'")
                    .append(" or lower(coalesce(m.originalFilename, '')) like ").append(p).append(" escape '\\'")
                    .append(")");
        }
        if (before != null) {
            jpql.append(" and (m.createdAt < :at or (m.createdAt = :at and m.id < :id))");
        }
        jpql.append(" order by m.createdAt desc, m.id desc");
        var select = em.createQuery(jpql.toString(), MediaAsset.class);
        for (int i = 0; i < words.size(); i++) {
            select.setParameter("w" + i, likePattern(words.get(i)));
        }
        if (before != null) {
            select.setParameter("at", before.at()).setParameter("id", before.id());
        }
        return select.setMaxResults(size + 1).getResultList();
    }

    /** A photo {@code editor} may place in an article (see {@link #usable(news.dateline.account.Editor, String, news.dateline.platform.PageKey, int)}). */
    public Optional<MediaAsset> usable(news.dateline.account.Editor editor, long id) {
        editor.require(news.dateline.account.Permission.WRITE_ARTICLE);
        return find(id);
    }

    /** How the newsroom previews a photo for {@code editor} (who may move its focal point when they may edit photos). */
    public Optional<PhotoPreview> preview(news.dateline.account.Editor editor, long id) {
        return find(id).map(asset -> PhotoPreview.of(asset, editor.may(news.dateline.account.Permission.EDIT_MEDIA)));
    }

    /** The words of a library search, lower case, at most {@value #MAX_SEARCH_WORDS}. */
    static java.util.List<String> searchWords(String query) {
        if (query == null || query.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(query.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\\p{Z}]+"))
                .filter(word -> !word.isEmpty()).distinct().limit(MAX_SEARCH_WORDS).toList();
    }

    private static String likePattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
