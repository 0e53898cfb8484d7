package news.dateline.article;

import java.util.HashSet;
import java.util.Set;

/**
 * A change readers can see in a published article (or in what was published): where it was shown
 * before the change and where it is shown now. Fired inside the transaction of the change; the public
 * site's cache turns it into the pages to drop.
 *
 * @param navigationMayChange the article was the first published in its section or the last to leave it
 */
public record ArticleChanged(long articleId, Set<String> sectionSlugs, Set<String> tagSlugs,
                             Set<Long> contributorIds, Set<Long> photoIds, boolean navigationMayChange) {

    public ArticleChanged {
        sectionSlugs = Set.copyOf(sectionSlugs);
        tagSlugs = Set.copyOf(tagSlugs);
        contributorIds = Set.copyOf(contributorIds);
        photoIds = Set.copyOf(photoIds);
    }

    /** Where readers see the article as it is now. */
    static ArticleChanged shownAt(Article article) {
        Set<Long> contributors = new HashSet<>();
        article.getBylines().stream().filter(b -> b.getContributorId() != null)
                .forEach(b -> contributors.add(b.getContributorId()));
        Set<String> tags = new HashSet<>();
        article.getTags().forEach(tag -> tags.add(tag.getSlug()));
        return new ArticleChanged(article.getId(), Set.of(article.getSection().getSlug()), tags, contributors,
                article.getMainPhoto() == null ? Set.of() : Set.of(article.getMainPhoto().getId()), false);
    }

    /** Everywhere either this or {@code other} is shown. */
    ArticleChanged and(ArticleChanged other, boolean navigationMayChange) {
        return new ArticleChanged(articleId, union(sectionSlugs, other.sectionSlugs), union(tagSlugs, other.tagSlugs),
                union(contributorIds, other.contributorIds), union(photoIds, other.photoIds),
                navigationMayChange || this.navigationMayChange || other.navigationMayChange);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
