package news.dateline.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A photo as the newsroom previews it (in the article editor and on the photo's page): the image with
 * its focal point and the frames of its crops, its caption, credit and alt text, and whether the
 * person looking may move the focal point.
 */
public record PhotoPreview(long id, String imageUrl, int width, int height, String caption, String credit,
                           String alt, String imageAlt, int focalX, int focalY, boolean focalSet,
                           List<CropFrame> crops, String detailsUrl, String focalUrl, boolean mayFocus) {

    /** A crop's rectangle in per cent of the photo (for an SVG drawn over the preview), and its name. */
    public record CropFrame(String shape, String labelKey, String x, String y, String width, String height) {
    }

    public boolean hasAlt() {
        return !alt.isBlank();
    }

    static PhotoPreview of(MediaAsset asset, boolean mayFocus) {
        FocalPoint focus = asset.getFocalPoint();
        ImageType fallback = PhotoUrls.fallback(asset.getType());
        String image = asset.getWidth() > 640 ? PhotoUrls.rendition(asset.getId(), 640, fallback)
                : PhotoUrls.original(asset.getId(), asset.getType());
        String imageAlt = !asset.getAltText().isBlank() ? asset.getAltText() : !asset.getCaption().isBlank()
                ? asset.getCaption() : news.dateline.platform.PageRenderer.message("picker.photoNumber", asset.getId());
        return new PhotoPreview(asset.getId(), image, asset.getWidth(), asset.getHeight(), asset.getCaption(),
                asset.getCredit(), asset.getAltText(), imageAlt, focus.x(), focus.y(), asset.hasFocalPoint(),
                frames(asset.getWidth(), asset.getHeight(), focus), "/newsroom/media/" + asset.getId(),
                "/newsroom/media/" + asset.getId() + "/focal-point", mayFocus);
    }

    /** The frames of every crop of a photo of this size around {@code focus}. */
    static List<CropFrame> frames(int width, int height, FocalPoint focus) {
        List<CropFrame> frames = new ArrayList<>();
        for (Shape shape : Shape.CROPS) {
            Crop crop = Crop.around(width, height, shape.aspect(), focus);
            frames.add(new CropFrame(shape.stored(), "focal.crop." + shape.urlName(),
                    percent(crop.left(), width), percent(crop.top(), height), percent(crop.width(), width),
                    percent(crop.height(), height)));
        }
        return frames;
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.2f", 100.0 * part / whole);
    }
}
