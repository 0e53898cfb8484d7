package news.dateline.site;

import java.util.List;
import news.dateline.platform.Permalinks;
import news.dateline.section.SectionLink;

/**
 * What every public page shows around its content: the site's name, the sections and, while a story
 * breaks, the breaking-news banner ({@code breaking}, null when none is up).
 */
public record Chrome(String siteName, String homeUrl, String allNewsUrl, String stylesheetUrl, List<NavLink> sections,
                     BreakingLink breaking) {

    public record NavLink(String name, String url, boolean current) {
    }

    /** The breaking-news banner: its words and the story it leads to. */
    public record BreakingLink(String text, String url) {
    }

    static Chrome of(String siteName, Permalinks links, List<SectionLink> sections, String currentSectionSlug,
                     BreakingLink breaking) {
        return new Chrome(siteName, links.home(), links.allNews(), links.stylesheet(), sections.stream()
                .map(s -> new NavLink(s.name(), links.section(s.slug()), s.slug().equals(currentSectionSlug)))
                .toList(), breaking);
    }
}
