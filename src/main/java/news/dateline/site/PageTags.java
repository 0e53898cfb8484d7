package news.dateline.site;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import news.dateline.article.ArticleSummary;
import news.dateline.platform.CacheTag;

/**
 * The cache tags of the page being rendered: what it shows. A change carrying any of them drops
 * the page (see {@link PageCache#dropTagged}).
 */
@RequestScoped
public class PageTags {

    private final Set<String> tags = new HashSet<>();

    public PageTags add(String... more) {
        tags.addAll(java.util.List.of(more));
        return this;
    }

    public PageTags addAll(Collection<String> more) {
        tags.addAll(more);
        return this;
    }

    /** A listing shows these articles (and their photos). */
    public PageTags listing(Collection<ArticleSummary> items) {
        for (ArticleSummary item : items) {
            tags.add(CacheTag.article(item.id()));
            if (item.photoId() != null) {
                tags.add(CacheTag.photo(item.photoId()));
            }
        }
        return this;
    }

    Set<String> all() {
        return Set.copyOf(tags);
    }
}
