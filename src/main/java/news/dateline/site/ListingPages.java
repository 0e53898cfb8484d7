package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import news.dateline.article.ArticleSummary;
import news.dateline.media.ImageType;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageKey;
import news.dateline.platform.Permalinks;

/** Turns a newest-first slice of summaries into a listing page with its "Older news" link. */
@ApplicationScoped
class ListingPages {

    static final int PAGE_SIZE = 20;

    /** The width of the rendition a listing shows (one of the widths the media library renders). */
    static final int THUMBNAIL_WIDTH = 320;

    @Inject
    Permalinks links;

    @Inject
    NewsroomClock clock;

    /**
     * @param slice up to {@code PAGE_SIZE + 1} summaries; one more than a page means there is an older page
     */
    ListingPage page(String title, String heading, List<ArticleSummary> slice, String newestUrl,
                     Function<PageKey, String> olderUrl) {
        List<ArticleSummary> shown = slice.size() > PAGE_SIZE ? slice.subList(0, PAGE_SIZE) : slice;
        String older = slice.size() > PAGE_SIZE ? olderUrl.apply(shown.get(shown.size() - 1).pageKey()) : null;
        return new ListingPage(title, heading, shown.stream().map(this::item).toList(), older, newestUrl);
    }

    ListingItem item(ArticleSummary s) {
        return new ListingItem(links.article(s.publishedAt(), s.slug()), s.headline(), s.lead(), s.sectionName(),
                links.section(s.sectionSlug()), clock.iso(s.publishedAt()), clock.display(s.publishedAt()),
                s.photoId() == null ? null : thumbnail(s.photoId(), s.photoMimeType(), s.photoWidth()),
                s.photoAlt());
    }

    /** The listing thumbnail: the smallest rendition where there is one, else the original. */
    private String thumbnail(long photoId, String mimeType, int originalWidth) {
        ImageType type = ImageType.ofMimeType(mimeType);
        boolean hasThumbnail = type != ImageType.WEBP && originalWidth > THUMBNAIL_WIDTH;
        return hasThumbnail ? links.photoRendition(photoId, THUMBNAIL_WIDTH, type.extension())
                : links.photo(photoId, type.extension());
    }
}
