package news.dateline.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The shapes a photo is served in: whole (at several widths), and three crops around its focal point:
 * the listing thumbnail (3:2), the social card (1.91:1, for {@code og:image}) and a square.
 */
public enum Shape {
    FULL("full", null, 0, 0),
    THUMBNAIL("3:2", "3x2", 3.0 / 2.0, 320),
    SOCIAL("1.91:1", "social", 1.91, 1200),
    SQUARE("1:1", "square", 1.0, 600);

    /** The crops, in the order they are made. */
    public static final Shape[] CROPS = {THUMBNAIL, SOCIAL, SQUARE};

    private final String stored;
    private final String urlName;
    private final double aspect;
    private final int maxWidth;

    Shape(String stored, String urlName, double aspect, int maxWidth) {
        this.stored = stored;
        this.urlName = urlName;
        this.aspect = aspect;
        this.maxWidth = maxWidth;
    }

    /** The value of {@code media_rendition.shape}. */
    public String stored() {
        return stored;
    }

    /** The name in a crop's URL, e.g. {@code social} in {@code /media/7/social-50-30.jpg}. */
    public String urlName() {
        return urlName;
    }

    public double aspect() {
        return aspect;
    }

    /** The width a crop is made at, when the photo is at least as wide. */
    public int maxWidth() {
        return maxWidth;
    }

    static Optional<Shape> ofUrlName(String name) {
        return Arrays.stream(CROPS).filter(s -> s.urlName.equals(name)).findFirst();
    }

    static Shape ofStored(String value) {
        return Arrays.stream(values()).filter(s -> s.stored.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No shape " + value));
    }
}
