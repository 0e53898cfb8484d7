package news.dateline.site;

import java.util.List;

/**
 * A front as readers see it: the lead story, the secondary row, the blocks in order and, on a section's
 * front, the section's other stories with a link to older ones. {@code lead} is null on an empty site.
 */
public record FrontPage(String title, String heading, boolean home, LeadItem lead, List<ListingItem> secondary,
                        List<BlockView> blocks, String moreHeading, List<ListingItem> more, String olderUrl,
                        String allNewsUrl) {

    /** The lead story: a listing item and, when it has a photo, the wide crop shown above it. */
    public record LeadItem(ListingItem item, String photoUrl, String photoWebpUrl, int photoWidth) {
    }

    /** One block under the top: its heading (a link to the section's page for a section's block) and stories. */
    public record BlockView(String heading, String url, List<ListingItem> items) {
    }
}
