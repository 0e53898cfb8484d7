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
 * Renders a public page inside the site's chrome (masthead, section navigation, footer). When the
 * database cannot be read (an error page during an outage), the navigation last read is shown.
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

    private volatile List<SectionLink> lastNavigation = List.of();

    @Override
    public String render(String template, String currentSectionSlug, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("chrome", Chrome.of(settings.siteName(), links, navigation(), currentSectionSlug));
        return renderer.render(template, all);
    }

    private List<SectionLink> navigation() {
        try {
            List<SectionLink> read = sections.publicNavigation();
            lastNavigation = read;
            return read;
        } catch (RuntimeException e) {
            return lastNavigation;
        }
    }
}
