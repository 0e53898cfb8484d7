package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import news.dateline.article.ArticleChanged;
import news.dateline.contributor.ContributorChanged;
import news.dateline.front.BreakingNewsChanged;
import news.dateline.media.PhotoChanged;
import news.dateline.platform.CacheTag;
import news.dateline.section.SectionsChanged;

/**
 * Turns what the features say changed into the tags of the cached pages that show it, inside the
 * transaction of the change (so {@link SiteGeneration} records it for every server and drops the
 * pages here when it commits). The one place where a change becomes cache tags.
 */
@ApplicationScoped
class CacheVocabulary {

    @Inject
    Event<SiteChanged> siteChanged;

    void onArticle(@Observes ArticleChanged change) {
        Set<String> tags = new HashSet<>(Set.of(CacheTag.article(change.articleId()), CacheTag.ALL_NEWS,
                CacheTag.SEARCH, CacheTag.SITEMAP));
        change.sectionSlugs().forEach(slug -> tags.add(CacheTag.section(slug)));
        change.tagSlugs().forEach(slug -> tags.add(CacheTag.tag(slug)));
        change.contributorIds().forEach(id -> tags.add(CacheTag.author(id)));
        change.photoIds().forEach(id -> tags.add(CacheTag.photo(id)));
        if (change.navigationMayChange()) {
            tags.add(CacheTag.NAVIGATION);
        }
        siteChanged.fire(new SiteChanged(tags));
    }

    void onSections(@Observes SectionsChanged change) {
        Set<String> tags = new HashSet<>(Set.of(CacheTag.NAVIGATION, CacheTag.SITEMAP));
        change.slugs().forEach(slug -> tags.add(CacheTag.section(slug)));
        siteChanged.fire(new SiteChanged(tags));
    }

    /** The banner is in every page's masthead, as the navigation is. */
    void onBreakingNews(@Observes BreakingNewsChanged change) {
        siteChanged.fire(new SiteChanged(Set.of(CacheTag.NAVIGATION)));
    }

    /** A front published or restored: its page (and its ninjs listing). */
    void onFront(@Observes news.dateline.front.FrontChanged change) {
        siteChanged.fire(new SiteChanged(Set.of(CacheTag.front(change.front().path()))));
    }

    void onContributor(@Observes ContributorChanged change) {
        siteChanged.fire(new SiteChanged(Set.of(CacheTag.author(change.contributorId()))));
    }

    void onPhoto(@Observes PhotoChanged change) {
        siteChanged.fire(new SiteChanged(Set.of(CacheTag.photo(change.photoId()))));
    }
}
