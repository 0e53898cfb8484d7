package news.dateline.platform;

import java.util.Set;

/**
 * Something readers can see has changed. {@code tags} name the pages that show it, the same tags
 * public pages are cached under: {@code article:42}, {@code section:world}, {@code tag:syria},
 * {@code author:7}, {@code photo:3}, {@code all} (All news and its feeds), {@code search},
 * {@code sitemap}, {@code sections} (the navigation on every page).
 */
public record SiteChanged(Set<String> tags) {

    public SiteChanged {
        tags = Set.copyOf(tags);
    }
}
