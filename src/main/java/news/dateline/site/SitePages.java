package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.front.BreakingNews;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.platform.PublicPageRenderer;
import news.dateline.platform.Settings;
import news.dateline.section.SectionLink;
import news.dateline.section.SectionService;

/**
 * Renders a public page inside the site's chrome (masthead, section navigation, breaking-news banner,
 * footer). The navigation and the banner are read once and kept until a change drops them (the page
 * cache's drops of the navigation's tag, on this server or any other); when the database cannot be read
 * (an error page during an outage), what was read last is shown. A banner whose time is up is not shown
 * even before the timer that ends it has dropped the pages.
 */
@ApplicationScoped
class SitePages implements PublicPageRenderer {

    @Inject
    PageRenderer renderer;

    @Inject
    Settings settings;

    @Inject
    SectionService sections;

    @Inject
    Permalinks links;

    @Inject
    PageCache pageCache;

    @Inject
    BreakingNews breakingNews;

    @Inject
    NewsroomClock clock;

    /** The navigation and the banner as read after {@code changesSeen} changes of them. */
    private record Navigation(List<SectionLink> links, BreakingNews.Banner breaking, long changesSeen) {
    }

    private volatile Navigation navigation = new Navigation(List.of(), null, -1);

    @Override
    public String render(String template, String currentSectionSlug, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("chrome", Chrome.of(settings.siteName(), links, navigation(), currentSectionSlug, breaking()));
        return renderer.render(template, all);
    }

    /** The breaking-news banner readers see now, or null. */
    Chrome.BreakingLink breaking() {
        BreakingNews.Banner banner = banner();
        return banner == null ? null
                : new Chrome.BreakingLink(banner.shown(), links.article(banner.publishedAt(), banner.slug()));
    }

    /** The story in the breaking-news banner now, or null (the feeds mark it). */
    Long breakingArticleId() {
        BreakingNews.Banner banner = banner();
        return banner == null ? null : banner.articleId();
    }

    private BreakingNews.Banner banner() {
        navigation();
        BreakingNews.Banner banner = navigation.breaking();
        return banner == null || !banner.expiresAt().isAfter(clock.now()) ? null : banner;
    }

    /**
     * The sections the public navigation lists, as read after the last change of them: read once per
     * change, not once per page (the search form's section filter uses them too).
     */
    public List<SectionLink> navigation() {
        long changes = pageCache.navigationChanges();
        Navigation known = navigation;
        if (known.changesSeen() == changes) {
            return known.links();
        }
        try {
            // Counted before reading: a change committed meanwhile makes the next page read it again.
            List<SectionLink> read = sections.publicNavigation();
            navigation = new Navigation(read, breakingNews.live().orElse(null), changes);
            return read;
        } catch (RuntimeException e) {
            return known.links();
        }
    }
}
