package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticle;
import news.dateline.article.PublishedArticles;

/**
 * The newest published articles with their tags, read once and kept until any change reaches the
 * page cache (a drop of any tag, from this server's commit or another server's), so that an article
 * page finds its related stories among them without a query. Related stories are the newest articles
 * of the same section or with a shared tag: when {@value #KEPT} newest articles hold enough of them,
 * they are exactly the ones a query would find; otherwise the query runs.
 */
@ApplicationScoped
class RecentArticles {

    /** How many of the newest articles are kept: on a site with a dozen sections, enough for any page. */
    static final int KEPT = 200;

    @Inject
    PublishedArticles articles;

    @Inject
    PageCache pageCache;

    /** The newest articles as read after {@code dropsSeen} drops. */
    private record Newest(List<PublishedArticles.TaggedSummary> articles, long dropsSeen) {
    }

    private volatile Newest newest = new Newest(List.of(), -1);

    /** Up to {@code limit} other published articles from the article's section or with one of its tags, newest first. */
    List<ArticleSummary> relatedTo(PublishedArticle article, int limit) {
        Newest known = current();
        Set<String> tags = new java.util.HashSet<>();
        article.tags().forEach(tag -> tags.add(tag.slug()));
        List<ArticleSummary> related = new ArrayList<>(limit);
        for (PublishedArticles.TaggedSummary candidate : known.articles()) {
            ArticleSummary summary = candidate.summary();
            if (summary.id() != article.id() && (summary.sectionSlug().equals(article.sectionSlug())
                    || candidate.tagSlugs().stream().anyMatch(tags::contains))) {
                related.add(summary);
                if (related.size() == limit) {
                    return related;
                }
            }
        }
        // Every published article was among those kept: there are no more to find.
        return known.articles().size() < KEPT ? related : articles.related(article, limit);
    }

    private Newest current() {
        long drops = pageCache.drops();
        Newest known = newest;
        if (known.dropsSeen() == drops) {
            return known;
        }
        // Counted before reading: a change committed meanwhile makes the next page read them again.
        Newest read = new Newest(articles.newestWithTags(KEPT), drops);
        newest = read;
        return read;
    }
}
