package news.dateline.site;

import java.util.Set;

/**
 * Cached pages to drop, by their tags (see {@link CacheTag}). Made only by {@link CacheVocabulary}
 * from the features' domain events, inside the transaction of the change.
 */
record SiteChanged(Set<String> tags) {

    SiteChanged {
        tags = Set.copyOf(tags);
    }
}
