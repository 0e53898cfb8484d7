package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import news.dateline.article.BodyPhotos;
import news.dateline.media.ImageType;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.media.PhotoUrls;
import news.dateline.platform.CacheTag;
import news.dateline.platform.PageRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Draws the photos a body shows: the stored body names each by its number in the library
 * ({@code <figure data-photo="12">} with the article's caption and credit); the page gets the
 * picture from the library (its renditions in JPEG or PNG and in WebP, its size and alt text), never
 * from an address in the body.
 * A photo no longer in the library is left out.
 */
@ApplicationScoped
public class BodyFigures {

    static final String SIZES = "(max-width: 42rem) 100vw, 40rem";

    @Inject
    MediaLibrary media;

    /** @param tags the cache tags of what the body shows, which get each photo shown */
    public String render(String sanitizedBody, java.util.Set<String> tags) {
        if (sanitizedBody == null || !sanitizedBody.contains("<figure")) {
            return sanitizedBody;
        }
        Document document = Jsoup.parseBodyFragment(sanitizedBody);
        document.outputSettings().prettyPrint(false);
        for (Element figure : document.select("figure[data-photo]")) {
            Optional<MediaAsset> found = Optional.empty();
            try {
                found = media.find(Long.parseLong(figure.attr("data-photo")));
            } catch (NumberFormatException e) {
                // not a photo number: left out below
            }
            if (found.isEmpty()) {
                figure.remove();
                continue;
            }
            MediaAsset photo = found.get();
            long id = photo.getId();
            tags.add(CacheTag.photo(id));
            String caption = BodyPhotos.caption(figure);
            String credit = BodyPhotos.credit(figure);
            ImageType type = photo.getType();
            List<Integer> widths = media.renditionWidths(id);
            String srcset = PhotoUrls.srcset(id, type, photo.getWidth(), widths, PhotoUrls.fallback(type));
            String webpSrcset = PhotoUrls.srcset(id, type, photo.getWidth(), widths, ImageType.WEBP);
            Element drawn = new Element("figure").addClass("body-photo");
            Element picture = drawn.appendElement("picture");
            if (webpSrcset != null) {
                picture.appendElement("source").attr("type", "image/webp").attr("srcset", webpSrcset)
                        .attr("sizes", SIZES);
            }
            Element img = picture.appendElement("img").attr("src", PhotoUrls.original(id, type));
            if (srcset != null) {
                img.attr("srcset", srcset).attr("sizes", SIZES);
            }
            // The alt text says what the photo shows; without one the photo is decorative to a screen
            // reader (alt=""), which reads the caption from the figcaption once, not twice.
            img
                    .attr("width", Integer.toString(photo.getWidth()))
                    .attr("height", Integer.toString(photo.getHeight()))
                    .attr("alt", photo.getAltText() == null ? "" : photo.getAltText().strip())
                    .attr("loading", "lazy");
            if (!caption.isEmpty() || !credit.isEmpty()) {
                Element figcaption = drawn.appendElement("figcaption");
                if (!caption.isEmpty()) {
                    figcaption.appendElement("span").addClass("caption").text(caption);
                }
                if (!credit.isEmpty()) {
                    if (!caption.isEmpty()) {
                        figcaption.appendText(" ");
                    }
                    figcaption.appendElement("span").addClass("credit").text(PageRenderer.message("photo.credit", credit));
                }
            }
            figure.replaceWith(drawn);
        }
        return document.body().html();
    }
}
