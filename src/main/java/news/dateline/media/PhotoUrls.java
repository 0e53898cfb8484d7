package news.dateline.media;

import java.util.List;

/**
 * The addresses of a photo's files. The original is {@code /media/{id}.{ext}}; a whole-photo
 * rendition {@code /media/{id}/{width}.{ext}}; a crop {@code /media/{id}/{shape}-{x}-{y}.{ext}}, named
 * with the focal point it keeps in frame, so that a new focal point gives new addresses and the old
 * crops, cached for good, are never shown for it. Renditions and crops exist in the original's
 * format (JPEG for a WebP original) and in WebP.
 */
public final class PhotoUrls {

    private PhotoUrls() {
    }

    /** The format of the renditions every browser reads: PNG for a PNG original, JPEG otherwise. */
    public static ImageType fallback(ImageType original) {
        return original == ImageType.PNG ? ImageType.PNG : ImageType.JPEG;
    }

    public static String original(long id, ImageType type) {
        return "/media/" + id + "." + type.extension();
    }

    public static String rendition(long id, int width, ImageType format) {
        return "/media/" + id + "/" + width + "." + format.extension();
    }

    public static String crop(long id, Shape shape, FocalPoint focus, ImageType format) {
        return "/media/" + id + "/" + shape.urlName() + "-" + focus.x() + "-" + focus.y() + "." + format.extension();
    }

    /**
     * A {@code srcset} of the whole photo in {@code format}: its renditions, and the original when it
     * is in that format; null when there is nothing in that format (a small photo has no renditions).
     */
    public static String srcset(long id, ImageType original, int originalWidth, List<Integer> widths,
                                ImageType format) {
        if (widths.isEmpty() && format != original) {
            return null;
        }
        StringBuilder srcset = new StringBuilder();
        for (int width : widths) {
            if (srcset.length() > 0) {
                srcset.append(", ");
            }
            srcset.append(rendition(id, width, format)).append(' ').append(width).append('w');
        }
        if (format == original) {
            if (srcset.length() > 0) {
                srcset.append(", ");
            }
            srcset.append(original(id, original)).append(' ').append(originalWidth).append('w');
        }
        return srcset.toString();
    }
}
