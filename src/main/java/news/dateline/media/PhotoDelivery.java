package news.dateline.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.platform.SqlValues;

/**
 * Reads what a photo URL serves, with one statement per request. A photo is public once an article
 * that shows it (as its main photo or in its body) is published; until then only the newsroom may see it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PhotoDelivery {

    private static final String PUBLIC = "(exists (select 1 from article p where p.main_photo_id = a.id"
            + " and p.status = 'PUBLISHED') or exists (select 1 from article_body_photo b join article p"
            + " on p.id = b.article_id where b.asset_id = a.id and p.status = 'PUBLISHED'))";

    /**
     * One served photo: the original's type, width, height, time and focal point, whether it is
     * public, and the bytes with their type (none when a rendition is asked for that is not made yet).
     */
    public record Served(ImageType type, int originalWidth, int originalHeight, Instant createdAt, boolean isPublic,
                         FocalPoint focus, byte[] bytes, String mimeType) {

        boolean hasBytes() {
            return bytes != null;
        }
    }

    private static final String PHOTO = "select a.mime_type, a.width, a.height, a.created_at, " + PUBLIC
            + ", a.focal_x, a.focal_y, ";

    @PersistenceContext
    EntityManager em;

    public Optional<Served> original(long id) {
        return first(em.createNativeQuery(PHOTO + "c.bytes, a.mime_type from media_asset a"
                        + " join media_content c on c.asset_id = a.id where a.id = :id")
                .setParameter("id", id).getResultList());
    }

    /** A whole-photo rendition of {@code width} in {@code format}. */
    public Optional<Served> rendition(long id, int width, ImageType format) {
        return first(em.createNativeQuery(PHOTO + "r.bytes, r.mime_type from media_asset a left join media_rendition r"
                        + " on r.asset_id = a.id and r.shape = 'full' and r.width = :width and r.mime_type = :type"
                        + " where a.id = :id")
                .setParameter("id", id).setParameter("width", width).setParameter("type", format.mimeType())
                .getResultList());
    }

    /** A crop in {@code format} made for the focal point {@code focus}. */
    public Optional<Served> crop(long id, Shape shape, FocalPoint focus, ImageType format) {
        return first(em.createNativeQuery(PHOTO + "r.bytes, r.mime_type from media_asset a left join media_rendition r"
                        + " on r.asset_id = a.id and r.shape = :shape and r.mime_type = :type"
                        + " and r.focal_x = :x and r.focal_y = :y where a.id = :id")
                .setParameter("id", id).setParameter("shape", shape.stored()).setParameter("type", format.mimeType())
                .setParameter("x", focus.x()).setParameter("y", focus.y())
                .getResultList());
    }

    private static Optional<Served> first(List<?> rows) {
        return rows.stream().findFirst().map(r -> (Object[]) r).map(row -> new Served(
                ImageType.ofMimeType((String) row[0]), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                SqlValues.instant(row[3]), (Boolean) row[4],
                FocalPoint.of(row[5] == null ? null : ((Number) row[5]).intValue(),
                        row[6] == null ? null : ((Number) row[6]).intValue()),
                (byte[]) row[7], (String) row[8]));
    }
}
