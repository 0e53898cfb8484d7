package news.dateline.section;

import java.util.Set;

/**
 * Sections were added, renamed, moved, retired or deleted: the navigation changes, and so do the
 * pages of the sections named. Fired inside the transaction of the change.
 */
public record SectionsChanged(Set<String> slugs) {

    public SectionsChanged {
        slugs = Set.copyOf(slugs);
    }
}
