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
        return em.createQuery("select r.id.width from MediaRendition r where r.id.assetId = :id order by r.id.width",
                Integer.class).setParameter("id", assetId).getResultList();
    }

    /** Forgets a photo's renditions, as if the server had stopped before making them. */
    public void dropRenditions(long assetId) {
        em.createNativeQuery("delete from media_rendition where asset_id = :id").setParameter("id", assetId)
                .executeUpdate();
    }

    public boolean siteChangedFor(long assetId) {
        return !em.createNativeQuery("select 1 from site_change where tags like :tag")
                .setParameter("tag", "%photo:" + assetId + "%").getResultList().isEmpty();
    }
}
