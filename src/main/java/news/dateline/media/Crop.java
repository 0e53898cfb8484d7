package news.dateline.media;

/**
 * A crop of a photo: a rectangle in the original's pixels. {@link #around} takes the largest
 * rectangle of an aspect ratio that fits the photo and places it so that the focal point is as near
 * its centre as the photo's edges allow; the focal point is therefore always inside it.
 */
public record Crop(int left, int top, int width, int height) {

    /**
     * @param width  the photo's width in pixels
     * @param height the photo's height in pixels
     * @param aspect the crop's width divided by its height
     */
    public static Crop around(int width, int height, double aspect, FocalPoint focus) {
        if (width <= 0 || height <= 0 || !(aspect > 0)) {
            throw new IllegalArgumentException("No crop of " + width + "×" + height + " at " + aspect);
        }
        int cropWidth;
        int cropHeight;
        if ((double) width / height > aspect) {
            cropHeight = height;
            cropWidth = clamp((int) Math.round(height * aspect), 1, width);
        } else {
            cropWidth = width;
            cropHeight = clamp((int) Math.round(width / aspect), 1, height);
        }
        double focusX = focus.x() / 100.0 * width;
        double focusY = focus.y() / 100.0 * height;
        int left = clamp((int) Math.round(focusX - cropWidth / 2.0), 0, width - cropWidth);
        int top = clamp((int) Math.round(focusY - cropHeight / 2.0), 0, height - cropHeight);
        return new Crop(left, top, cropWidth, cropHeight);
    }

    /**
     * The size a crop of {@code aspect} is served at: {@code maxWidth} wide at most, never wider than
     * the crop itself, and as high as the aspect says (never higher than the crop).
     */
    public int[] outputSize(int maxWidth, double aspect) {
        int outWidth = Math.min(maxWidth, width);
        int outHeight = Math.max(1, Math.min(height, (int) Math.round(outWidth / aspect)));
        return new int[] {outWidth, outHeight};
    }

    /** Whether the point (in the original's pixels) lies inside the crop. */
    public boolean contains(double x, double y) {
        return x >= left && x <= left + width && y >= top && y <= top + height;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
