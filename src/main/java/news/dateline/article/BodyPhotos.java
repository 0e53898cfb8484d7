package news.dateline.article;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import news.dateline.media.MediaAsset;
import news.dateline.platform.FieldRefused;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The photos a body shows ({@code <figure data-photo="N">}): always photos of the library, named
 * by number, each with its own caption and credit (the library's when none is given).
 */
public final class BodyPhotos {

    private BodyPhotos() {
    }

    /** The numbers of the photos in a sanitized body, in order, each once. */
    public static Set<Long> in(String sanitizedBody) {
        Set<Long> ids = new LinkedHashSet<>();
        if (sanitizedBody == null || sanitizedBody.isEmpty()) {
            return ids;
        }
        for (Element figure : Jsoup.parseBodyFragment(sanitizedBody).select("figure[data-photo]")) {
            try {
                ids.add(Long.parseLong(figure.attr("data-photo")));
            } catch (NumberFormatException e) {
                // the sanitizer keeps only numbers; anything else is not a photo
            }
        }
        return ids;
    }

    /** The caption a body photo carries ({@code <figure data-photo>}), without its credit; empty for none. */
    public static String caption(Element figure) {
        Element figcaption = figure.selectFirst("figcaption");
        return figcaption == null ? "" : BodyStructure.caption(figcaption);
    }

    /** The credit a body photo carries, without a "©"; empty for none. */
    public static String credit(Element figure) {
        Element figcaption = figure.selectFirst("figcaption");
        return figcaption == null ? "" : BodyStructure.credit(figcaption);
    }

    /**
     * The body with each photo's caption and credit taken from the library where it gives none.
     *
     * @throws FieldRefused on the body when a photo is not in the library
     */
    static String withLibraryDefaults(String sanitizedBody, LongFunction<Optional<MediaAsset>> library) {
        if (sanitizedBody == null || !sanitizedBody.contains("<figure")) {
            return sanitizedBody;
        }
        Document document = Jsoup.parseBodyFragment(sanitizedBody);
        document.outputSettings().prettyPrint(false);
        for (Element figure : document.select("figure[data-photo]")) {
            long id = Long.parseLong(figure.attr("data-photo"));
            MediaAsset photo = library.apply(id).orElseThrow(() -> new FieldRefused("body",
                    "editor.bodyPhotoMissing", id));
            if (figure.selectFirst("figcaption") == null
                    && !(photo.getCaption().isBlank() && photo.getCredit().isBlank())) {
                Element figcaption = figure.appendElement("figcaption").appendText(photo.getCaption());
                if (!photo.getCredit().isBlank()) {
                    figcaption.appendText(" ").appendElement("small").text(photo.getCredit());
                }
            }
        }
        return BodySanitizer.sanitize(document.body().html());
    }
}
