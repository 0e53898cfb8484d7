package news.dateline.platform;

/**
 * The one vocabulary of cache tags: what a cached public page (or photo) shows, and what a change drops. Pages
 * record the tags of what they show (the site's PageTags); the site's CacheVocabulary turns the features'
 * domain events into the same tags. Nothing else builds a tag.
 */
public final class CacheTag {

    /** All news and its feeds. */
    public static final String ALL_NEWS = "all";
    /** Search results, which may show any published article. */
    public static final String SEARCH = "search";
    /** The sitemaps. */
    public static final String SITEMAP = "sitemap";
    /** Every public page's masthead: the section navigation and the breaking-news banner. */
    public static final String NAVIGATION = "sections";

    private CacheTag() {
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public static String section(String slug) {
        return "section:" + slug;
    }

    public static String tag(String slug) {
        return "tag:" + slug;
    }

    public static String author(long contributorId) {
        return "author:" + contributorId;
    }

    /** A curated front, named by its path ({@code home}, {@code section/world}). */
    public static String front(String path) {
        return "front:" + path.replace('/', ':');
    }

    public static String photo(long id) {
        return "photo:" + id;
    }
}
