package news.dateline.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.platform.SiteChanged;

/**
 * The stored side of renditions: which photos still lack theirs, the original to make them from, and
 * storing them. A rendition is stored at most once: when two servers make the same one, the second
 * insert is ignored. Crops are stored only while the photo's focal point is still the one they were
 * made for, so a slow worker never stores crops for a point an editor has since moved.
 */
@ApplicationScoped
@Transactional
public class PhotoRenditions {

    /** An original with its bytes and focal point, read for making renditions. */
    public record Original(InspectedImage image, byte[] bytes, FocalPoint focus) {
    }

    /** Photos whose social crop for their current focal point is missing (all their renditions are then made). */
    private static final String LACKS_CROPS = "not exists (select 1 from media_rendition r where r.asset_id = a.id"
            + " and r.shape = '1.91:1' and r.focal_x = coalesce(a.focal_x, 50) and r.focal_y = coalesce(a.focal_y, 50))";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SiteChanged> siteChanged;

    /** Photos that lack renditions or crops (oldest first), leaving out those over the pixel limit. */
    public List<Long> missing(long maxPixels) {
        List<?> ids = em.createNativeQuery("select a.id from media_asset a"
                        + " where a.width::bigint * a.height <= :maxPixels and " + LACKS_CROPS + " order by a.id")
                .setParameter("maxPixels", maxPixels)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public Optional<Original> original(long assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        MediaContent content = asset == null ? null : em.find(MediaContent.class, assetId);
        return content == null ? Optional.empty() : Optional.of(new Original(
                new InspectedImage(asset.getType(), asset.getWidth(), asset.getHeight()), content.getBytes(),
                asset.getFocalPoint()));
    }

    /**
     * Stores the renditions of a photo in one transaction and drops the cached pages that show the
     * photo. Crops made for a focal point that is no longer the photo's are left out; the photo's row
     * is locked against a change of focal point until this commits.
     */
    public void store(long assetId, FocalPoint focus, List<Resizer.Resized> renditions) {
        List<?> current = em.createNativeQuery("select coalesce(focal_x, 50), coalesce(focal_y, 50) from media_asset"
                + " where id = :id for share").setParameter("id", assetId).getResultList();
        if (current.isEmpty()) {
            return;
        }
        Object[] point = (Object[]) current.get(0);
        boolean cropsCurrent = ((Number) point[0]).intValue() == focus.x() && ((Number) point[1]).intValue() == focus.y();
        for (Resizer.Resized rendition : renditions) {
            boolean crop = rendition.shape() != Shape.FULL;
            if (crop && !cropsCurrent) {
                continue;
            }
            var insert = em.createNativeQuery("insert into media_rendition (asset_id, shape, width, height,"
                            + " mime_type, focal_x, focal_y, bytes) values (:asset, :shape, :width, :height, :type, "
                            + (crop ? ":x, :y" : "null, null") + ", :bytes) on conflict do nothing");
            if (crop) {
                insert.setParameter("x", focus.x()).setParameter("y", focus.y());
            }
            insert.setParameter("asset", assetId)
                    .setParameter("shape", rendition.shape().stored())
                    .setParameter("width", rendition.width())
                    .setParameter("height", rendition.height())
                    .setParameter("type", rendition.format().mimeType())
                    .setParameter("bytes", rendition.bytes())
                    .executeUpdate();
        }
        siteChanged.fire(new SiteChanged(Set.of("photo:" + assetId)));
    }
}
