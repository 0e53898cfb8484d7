package news.dateline.media;

import java.util.Arrays;

/** The image formats the library accepts, told apart by their first bytes, never by a file name. */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private final String mimeType;
    private final String extension;

    ImageType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public static ImageType ofMimeType(String mimeType) {
        return Arrays.stream(values()).filter(t -> t.mimeType.equals(mimeType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an accepted image type: " + mimeType));
    }
}
