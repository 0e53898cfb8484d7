package news.dateline.site;

import java.util.List;
import news.dateline.platform.Permalinks;
import news.dateline.section.SectionLink;

/** What every public page shows around its content: the site's name and the sections. */
public record Chrome(String siteName, String homeUrl, String stylesheetUrl, List<NavLink> sections) {

    public record NavLink(String name, String url, boolean current) {
    }

    static Chrome of(String siteName, Permalinks links, List<SectionLink> sections, String currentSectionSlug) {
        return new Chrome(siteName, links.allNews(), links.stylesheet(), sections.stream()
                .map(s -> new NavLink(s.name(), links.section(s.slug()), s.slug().equals(currentSectionSlug)))
                .toList());
    }
}
