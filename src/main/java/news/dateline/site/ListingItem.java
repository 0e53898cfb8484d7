package news.dateline.site;

/** One line of a listing page. */
public record ListingItem(String url, String headline, String lead, String sectionName, String sectionUrl,
                          String publishedIso, String publishedDisplay, String thumbnailUrl, String thumbnailAlt,
                          String thumbnailWebpUrl, String language) {

    /** An item whose language is the page's. */
    public ListingItem(String url, String headline, String lead, String sectionName, String sectionUrl,
                       String publishedIso, String publishedDisplay, String thumbnailUrl, String thumbnailAlt,
                       String thumbnailWebpUrl) {
        this(url, headline, lead, sectionName, sectionUrl, publishedIso, publishedDisplay, thumbnailUrl, thumbnailAlt,
                thumbnailWebpUrl, null);
    }
}
