package news.dateline.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import news.dateline.platform.Permalinks;
import news.dateline.platform.Settings;

/**
 * Published articles as their pages show them ({@link ArticlePages.PreparedArticle}), by slug, kept
 * on the heap so that an article page the page cache does not hold (switched off, dropped by a
 * change elsewhere on the site, or never asked for yet) is rendered without reading the database.
 * <p>
 * An article is kept with the number of the page cache's drops it was read after. When it is asked
 * for again, the drops since then are checked against its tags (see {@link PageCache#currentAsOf}):
 * one of them dropped (the article edited, withdrawn or renamed; its section, tags, bylines or photos
 * changed), here or on another server, and it is read again. A publication elsewhere on the site drops
 * listings, not this article, so the article stays. An article is kept when it is asked for again
 * soon after (see {@link #KEEP_WITHIN}), not on its first reading. The memory is bounded by what its
 * articles weigh ({@code dateline.article-memory-mb}) and keeps those asked for most often and most
 * recently.
 */
@ApplicationScoped
class ArticleMemory {

    @Inject
    ArticlePages articlePages;

    @Inject
    PageCache pageCache;

    @Inject
    Permalinks links;

    @Inject
    Settings settings;

    /** An article with the number of drops after which it was read, or last found current. */
    private record Known(ArticlePages.PreparedArticle article, long currentAsOf) {
    }

    /**
     * How many other articles may be read between two readings of one for it to be kept: an article
     * read once (the long tail of the archive) is not, so that keeping it neither pushes out the articles
     * readers keep asking for nor leaves the collector a stream of articles kept for a moment.
     */
    static final int KEEP_WITHIN = 1_024;

    private Cache<String, Known> bySlug;
    private final AskedAgain askedAgain = new AskedAgain(1 << 16, KEEP_WITHIN);

    @PostConstruct
    void start() {
        long bytes = settings.articleMemoryMegabytes() * 1024L * 1024L;
        bySlug = bytes == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(bytes)
                .<String, Known>weigher((slug, known) -> known.article().weight())
                .executor(Runnable::run)
                .build();
    }

    /** The published article at this slug as its page shows it: kept, or read (and kept); empty when none. */
    Optional<ArticlePages.PreparedArticle> bySlug(String slug) {
        if (bySlug == null) {
            return articlePages.prepared(slug, links.base());
        }
        Known known = bySlug.getIfPresent(slug);
        if (known != null) {
            long asOf = pageCache.currentAsOf(known.currentAsOf(), known.article().tags());
            if (asOf >= 0) {
                if (asOf != known.currentAsOf()) {
                    bySlug.asMap().replace(slug, known, new Known(known.article(), asOf));
                }
                return Optional.of(known.article());
            }
            bySlug.asMap().remove(slug, known);
        }
        // Counted before reading: a change committed meanwhile shows as a drop after this number.
        long dropsBefore = pageCache.drops();
        Optional<ArticlePages.PreparedArticle> read = articlePages.prepared(slug, links.base());
        if (read.isPresent() && askedAgain.ask(slug)) {
            bySlug.put(slug, new Known(read.get(), dropsBefore));
        }
        return read;
    }
}
