package news.dateline.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads the real type and the dimensions of an image from its header, and decodes it with bounded
 * memory. A photo's pixel count is checked against the limit before anything is decoded, so a small
 * file that declares a huge canvas is refused at once. Decoding always subsamples so that the raster
 * is only a little larger than the width asked for (and never more than {@link #MAX_DECODED_PIXELS}),
 * whatever the original's size. A file that does not decode is refused: the first bytes only say
 * what a file claims to be. WebP is read with the TwelveMonkeys reader, created directly (not looked up
 * through the Image I/O registry, which does not see the deployment's plugins). That reader decodes
 * lossless WebP data (a {@code VP8L} image or a compressed {@code ALPH} channel) at full size whatever
 * the subsampling, so such files have a lower limit, {@link #MAX_LOSSLESS_WEBP_PIXELS}.
 */
final class ImageInspector {

    static final long MAX_DECODED_PIXELS = 4L * 1024 * 1024;
    static final long MAX_LOSSLESS_WEBP_PIXELS = 16_000_000L;

    private ImageInspector() {
    }

    /**
     * The type and dimensions from the header, nothing decoded.
     *
     * @throws RejectedImageException when the bytes are not an accepted image or have more than {@code maxPixels}
     */
    static InspectedImage inspect(byte[] bytes, long maxPixels) {
        ImageType type = sniff(bytes);
        return withReader(type, bytes, reader -> {
            InspectedImage image = new InspectedImage(type, reader.getWidth(0), reader.getHeight(0));
            if (image.width() <= 0 || image.height() <= 0) {
                throw new RejectedImageException("media.error.noSize");
            }
            if (image.pixels() > maxPixels) {
                throw new RejectedImageException("media.error.tooManyPixels", image.width(), image.height(),
                        maxPixels / 1_000_000);
            }
            if (type == ImageType.WEBP && image.pixels() > Math.min(maxPixels, MAX_LOSSLESS_WEBP_PIXELS)
                    && hasLosslessData(bytes)) {
                throw new RejectedImageException("media.error.tooManyPixelsLossless", image.width(), image.height(),
                        MAX_LOSSLESS_WEBP_PIXELS / 1_000_000);
            }
            return image;
        });
    }

    /**
     * Decodes the image at a reduced size: at least {@code width} pixels wide where the original is.
     *
     * @throws RejectedImageException when the bytes do not decode as the image their header announces
     */
    static BufferedImage decode(byte[] bytes, InspectedImage image, int width) {
        int factor = subsampling(image.width(), image.height(), width);
        return withReader(image.type(), bytes, reader -> {
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(factor, factor, 0, 0);
            return reader.read(0, param);
        });
    }

    /** The largest whole factor that keeps the decoded width at or above {@code width} and the pixels bounded. */
    static int subsampling(int originalWidth, int originalHeight, int width) {
        int factor = Math.max(1, originalWidth / Math.max(1, width));
        while ((long) ceilDiv(originalWidth, factor) * ceilDiv(originalHeight, factor) > MAX_DECODED_PIXELS) {
            factor++;
        }
        return factor;
    }

    private static int ceilDiv(int size, int factor) {
        return (size + factor - 1) / factor;
    }

    private static ImageType sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return ImageType.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return ImageType.PNG;
        }
        if (b.length > 16 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return ImageType.WEBP;
        }
        throw new RejectedImageException("media.error.notAnImage");
    }

    /** Whether a WebP file holds a {@code VP8L} or {@code ALPH} chunk (its chunks are walked, not decoded). */
    private static boolean hasLosslessData(byte[] b) {
        int at = 12;
        while (at + 8 <= b.length) {
            String chunk = new String(b, at, 4, StandardCharsets.US_ASCII);
            if (chunk.equals("VP8L") || chunk.equals("ALPH")) {
                return true;
            }
            long size = (b[at + 4] & 0xFFL) | (b[at + 5] & 0xFFL) << 8 | (b[at + 6] & 0xFFL) << 16
                    | (b[at + 7] & 0xFFL) << 24;
            long next = at + 8 + size + (size & 1);
            if (next > b.length) {
                return false;
            }
            at = (int) next;
        }
        return false;
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(ImageType type, byte[] bytes, ReaderWork<T> work) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(type);
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedImageException rejected) {
                throw rejected;
            }
            throw new RejectedImageException("media.error.undecodable", type.name());
        }
    }

    private static ImageReader reader(ImageType type) throws IOException {
        if (type == ImageType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == ImageType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No Image I/O reader for " + type);
        }
        return readers.next();
    }
}
