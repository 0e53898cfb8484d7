package news.dateline.platform;

import java.util.Map;

/**
 * Renders a template inside the public site's chrome (masthead, section navigation, footer). The
 * site provides it; the platform's error pages use it without depending on the site.
 */
public interface PublicPageRenderer {

    /** @param currentSectionSlug the section the navigation marks as current, or null */
    String render(String template, String currentSectionSlug, Map<String, Object> model);
}
