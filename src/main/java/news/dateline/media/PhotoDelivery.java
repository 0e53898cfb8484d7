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
     * One served photo: the original's type, width and time, whether it is public, and the bytes with
     * their type (none when a rendition is asked for that is not made yet).
     */
    public record Served(ImageType type, int originalWidth, Instant createdAt, boolean isPublic, byte[] bytes,
                         String mimeType) {

        boolean hasBytes() {
            return bytes != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Served> original(long id) {
        return first(em.createNativeQuery("select a.mime_type, a.width, a.created_at, " + PUBLIC
                        + ", c.bytes, a.mime_type from media_asset a join media_content c on c.asset_id = a.id"
                        + " where a.id = :id")
                .setParameter("id", id).getResultList());
    }

    public Optional<Served> rendition(long id, int width) {
        return first(em.createNativeQuery("select a.mime_type, a.width, a.created_at, " + PUBLIC
                        + ", r.bytes, r.mime_type from media_asset a left join media_rendition r"
                        + " on r.asset_id = a.id and r.width = :width where a.id = :id")
                .setParameter("id", id).setParameter("width", width).getResultList());
    }

    private static Optional<Served> first(List<?> rows) {
        return rows.stream().findFirst().map(r -> (Object[]) r).map(row -> new Served(
                ImageType.ofMimeType((String) row[0]), ((Number) row[1]).intValue(), SqlValues.instant(row[2]),
                (Boolean) row[3], (byte[]) row[4], (String) row[5]));
    }
}
