package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import news.dateline.article.PageKey;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.StaticAssets;

/** Builds every public URL of the site, so that a URL scheme is changed in one place. */
@ApplicationScoped
public class Permalinks {

    @Inject
    NewsroomClock clock;

    @Inject
    StaticAssets assets;

    public String allNews() {
        return "/";
    }

    public String allNewsOlderThan(PageKey key) {
        return "/?before=" + encode(key.token());
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

    public String photo(long photoId, String extension) {
        return "/media/" + photoId + "." + extension;
    }

    public String stylesheet() {
        return assets.url("site.css");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
