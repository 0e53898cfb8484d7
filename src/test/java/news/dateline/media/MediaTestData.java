package news.dateline.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** What media tests read or undo in the database directly. */
@ApplicationScoped
@Transactional
public class MediaTestData {

    @PersistenceContext
    EntityManager em;

    /** How many photos carry this caption. */
    public long photosCaptioned(String caption) {
        return em.createQuery("select count(m) from MediaAsset m where m.caption = :caption", Long.class)
                .setParameter("caption", caption).getSingleResult();
    }

    public List<Integer> renditionWidths(long assetId) {
        return em.createQuery("select r.id.width from MediaRendition r where r.id.assetId = :id"
                        + " and r.id.shape = 'full' and r.id.mimeType <> 'image/webp' order by r.id.width",
                Integer.class).setParameter("id", assetId).getResultList();
    }

    /** Forgets a photo's renditions, as if the server had stopped before making them. */
    public void dropRenditions(long assetId) {
        em.createNativeQuery("delete from media_rendition where asset_id = :id").setParameter("id", assetId)
                .executeUpdate();
    }

    /** How many crops (every shape and format) are stored for the photo's focal point (x, y). */
    public long cropsFor(long assetId, int x, int y) {
        return ((Number) em.createNativeQuery("select count(*) from media_rendition where asset_id = :id"
                        + " and shape <> 'full' and focal_x = :x and focal_y = :y")
                .setParameter("id", assetId).setParameter("x", x).setParameter("y", y).getSingleResult()).longValue();
    }

    /** Runs the credit clean-up of migration V20 again (on rows written as before it). */
    public void runCreditMigration() {
        String sql;
        try (java.io.InputStream in = MediaTestData.class.getClassLoader().getResourceAsStream(
                "db/migration/V20__photo_focal_point_crops_and_credits.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int start = sql.indexOf("update media_asset");
        em.createNativeQuery(sql.substring(start, sql.indexOf(';', start))).executeUpdate();
    }

    /** Writes a credit as it was stored before V20, past the entity. */
    public void storeCreditAsBefore(long assetId, String credit) {
        em.createNativeQuery("update media_asset set credit = :credit where id = :id").setParameter("credit", credit)
                .setParameter("id", assetId).executeUpdate();
    }

    public String creditOf(long assetId) {
        return (String) em.createNativeQuery("select credit from media_asset where id = :id").setParameter("id", assetId)
                .getSingleResult();
    }

    public boolean siteChangedFor(long assetId) {
        return !em.createNativeQuery("select 1 from site_change where tags like :tag")
                .setParameter("tag", "%photo:" + assetId + "%").getResultList().isEmpty();
    }
}
