package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import news.dateline.article.ArticleSummary;
import news.dateline.media.FocalPoint;
import news.dateline.media.ImageType;
import news.dateline.media.PhotoUrls;
import news.dateline.media.Shape;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageKey;
import news.dateline.platform.Permalinks;

/** Turns a newest-first slice of summaries into a listing page with its "Older news" link. */
@ApplicationScoped
class ListingPages {

    static final int PAGE_SIZE = 20;

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
                s.photoId() == null ? null : thumbnail(s, PhotoUrls.fallback(ImageType.ofMimeType(s.photoMimeType()))),
                s.photoAltText(), s.photoId() == null ? null : thumbnail(s, ImageType.WEBP), s.language());
    }

    /** The listing thumbnail: the photo's 3:2 crop around its focal point, in {@code format}. */
    private static String thumbnail(ArticleSummary s, ImageType format) {
        FocalPoint focus = s.photoFocalX() == null ? FocalPoint.CENTRE : new FocalPoint(s.photoFocalX(), s.photoFocalY());
        return PhotoUrls.crop(s.photoId(), Shape.THUMBNAIL, focus, format);
    }
}
