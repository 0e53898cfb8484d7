package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageKey;
import news.dateline.platform.StaticAssets;

/** Builds every public URL of the site, so that a URL scheme is changed in one place. */
@ApplicationScoped
public class Permalinks {

    @Inject
    NewsroomClock clock;

    @Inject
    StaticAssets assets;

    @Inject
    news.dateline.platform.Settings settings;

    private volatile String base;

    /** The configured public address, without a trailing slash: the start of every absolute URL. */
    public String base() {
        String known = base;
        if (known == null) {
            known = settings.publicUrl();
            base = known;
        }
        return known;
    }

    /** An absolute URL for a path of this site, e.g. for a canonical link or a feed. */
    public String absolute(String path) {
        return base() + path;
    }

    /** The home page: the front editors arrange. */
    public String home() {
        return "/";
    }

    /** Every published story, newest first. */
    public String allNews() {
        return "/news";
    }

    public String allNewsOlderThan(PageKey key) {
        return allNews() + "?before=" + encode(key.token());
    }

    public String section(String sectionSlug) {
        return "/section/" + sectionSlug;
    }

    public String sectionOlderThan(String sectionSlug, PageKey key) {
        return section(sectionSlug) + "?before=" + encode(key.token());
    }

    /** {@code /news/2016/06/07/slug}: the date is the publication date in the newsroom's time zone. */
    public String article(Instant publishedAt, String slug) {
        LocalDate date = clock.localDate(publishedAt);
        return String.format("/news/%04d/%02d/%02d/%s", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), slug);
    }

    /** A live story's updates as JSON, which its page polls. */
    public String liveUpdates(long articleId) {
        return "/live/" + articleId + ".json";
    }

    public String tag(String tagSlug) {
        return "/tag/" + tagSlug;
    }

    public String author(String contributorSlug) {
        return "/author/" + contributorSlug;
    }

    /** The RSS and Atom feeds of a listing: {@code /feeds/all.rss}, {@code /section/world/feed.atom}. */
    public String feed(String listingPath, String format) {
        return (allNews().equals(listingPath) || home().equals(listingPath) ? "/feeds/all" : listingPath + "/feed")
                + "." + format;
    }

    public String photo(long photoId, String extension) {
        return "/media/" + photoId + "." + extension;
    }

    public String photoRendition(long photoId, int width, String extension) {
        return "/media/" + photoId + "/" + width + "." + extension;
    }

    /** Every rendition and the original, for {@code srcset}. */
    public String photoSrcset(long photoId, String extension, int originalWidth, java.util.List<Integer> widths) {
        StringBuilder srcset = new StringBuilder();
        for (int width : widths) {
            srcset.append(photoRendition(photoId, width, extension)).append(' ').append(width).append("w, ");
        }
        return srcset.append(photo(photoId, extension)).append(' ').append(originalWidth).append('w').toString();
    }

    public String stylesheet() {
        return assets.url("site.css");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
