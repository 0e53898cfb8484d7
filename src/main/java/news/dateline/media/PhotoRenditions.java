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

/**
 * The stored side of renditions: which photos still lack theirs, the original to make them from, and
 * storing them. A rendition is stored at most once: when two servers make the same one, the second
 * insert is ignored.
 */
@ApplicationScoped
@Transactional
public class PhotoRenditions {

    /** An original with its bytes, read for making renditions. */
    public record Original(InspectedImage image, byte[] bytes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PhotoChanged> photoChanged;

    /** Photos that should have renditions and have none (oldest first), leaving out those over the pixel limit. */
    public List<Long> missing(long maxPixels) {
        List<?> ids = em.createNativeQuery("select a.id from media_asset a"
                        + " where a.mime_type in ('image/jpeg', 'image/png') and a.width > :smallest"
                        + " and a.width::bigint * a.height <= :maxPixels"
                        + " and not exists (select 1 from media_rendition r where r.asset_id = a.id) order by a.id")
                .setParameter("smallest", Resizer.WIDTHS[0])
                .setParameter("maxPixels", maxPixels)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public Optional<Original> original(long assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        MediaContent content = asset == null ? null : em.find(MediaContent.class, assetId);
        return content == null ? Optional.empty() : Optional.of(new Original(
                new InspectedImage(asset.getType(), asset.getWidth(), asset.getHeight()), content.getBytes()));
    }

    /** Stores the renditions of a photo in one transaction and drops the cached pages that show the photo. */
    public void store(long assetId, ImageType type, List<Resizer.Resized> renditions) {
        for (Resizer.Resized rendition : renditions) {
            em.createNativeQuery("insert into media_rendition (asset_id, width, height, mime_type, bytes)"
                            + " values (:asset, :width, :height, :type, :bytes) on conflict do nothing")
                    .setParameter("asset", assetId)
                    .setParameter("width", rendition.width())
                    .setParameter("height", rendition.height())
                    .setParameter("type", type.mimeType())
                    .setParameter("bytes", rendition.bytes())
                    .executeUpdate();
        }
        photoChanged.fire(new PhotoChanged(assetId));
    }
}
