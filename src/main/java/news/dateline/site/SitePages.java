package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.platform.PublicPageRenderer;
import news.dateline.platform.Settings;
import news.dateline.section.SectionLink;
import news.dateline.section.SectionService;

/**
 * Renders a public page inside the site's chrome (masthead, section navigation, footer). The
 * navigation is read once and kept until a change drops it (the page cache's drops of its tag, on this
 * server or any other); when the database cannot be read (an error page during an outage), the
 * navigation last read is shown.
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

    /** The navigation as read after {@code changesSeen} changes of it. */
    private record Navigation(List<SectionLink> links, long changesSeen) {
    }

    private volatile Navigation navigation = new Navigation(List.of(), -1);

    @Override
    public String render(String template, String currentSectionSlug, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("chrome", Chrome.of(settings.siteName(), links, navigation(), currentSectionSlug));
        return renderer.render(template, all);
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
            navigation = new Navigation(read, changes);
            return read;
        } catch (RuntimeException e) {
            return known.links();
        }
    }
}
