package news.dateline.media;

/**
 * A photo's point of interest, in whole per cent of its width and height from the top left corner.
 * Every crop of the photo keeps it in frame (see {@link Crop}). A photo without one is cropped
 * around its centre.
 */
public record FocalPoint(int x, int y) {

    public static final FocalPoint CENTRE = new FocalPoint(50, 50);

    public FocalPoint {
        if (x < 0 || x > 100 || y < 0 || y > 100) {
            throw new IllegalArgumentException("A focal point lies between 0 and 100 per cent: " + x + ", " + y);
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "\\s*(\\d{1,3}(?:[.,]\\d{1,6})?)\\s*%?\\s*");

    /**
     * The point typed into the numeric fields, in per cent across and down (decimals are rounded).
     *
     * @throws FocalPointRefused naming the field that is empty, not a number or outside 0–100
     */
    public static FocalPoint parse(String across, String down) {
        return new FocalPoint(percent("focalX", across), percent("focalY", down));
    }

    private static int percent(String field, String value) {
        java.util.regex.Matcher matcher = NUMBER.matcher(value == null ? "" : value);
        if (!matcher.matches()) {
            throw new FocalPointRefused(field, "focal.error.number");
        }
        double number = Double.parseDouble(matcher.group(1).replace(',', '.'));
        if (number > 100) {
            throw new FocalPointRefused(field, "focal.error.range");
        }
        return (int) Math.round(number);
    }

    /** The photo's point, or the centre when it has none. */
    public static FocalPoint of(Integer x, Integer y) {
        return x == null || y == null ? CENTRE : new FocalPoint(x, y);
    }
}
