package news.dateline.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads the real type and the dimensions of an image from its bytes. */
final class ImageInspector {

    private ImageInspector() {
    }

    static InspectedImage inspect(byte[] bytes) {
        ImageType type = sniff(bytes);
        return type == ImageType.WEBP ? webp(bytes) : withImageIo(type, bytes);
    }

    private static ImageType sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return ImageType.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return ImageType.PNG;
        }
        if (b.length > 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return ImageType.WEBP;
        }
        throw new RejectedImageException("The file is not a JPEG, PNG or WebP image.");
    }

    private static InspectedImage withImageIo(ImageType type, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RejectedImageException("The image cannot be read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return checked(type, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new RejectedImageException("The image is damaged and cannot be read.");
        }
    }

    /** WebP: the canvas size sits in the first chunk (VP8, VP8L or VP8X). */
    private static InspectedImage webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> checked(ImageType.WEBP, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield checked(ImageType.WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> checked(ImageType.WEBP, le24(b, 24) + 1, le24(b, 27) + 1);
            default -> throw new RejectedImageException("The WebP image cannot be read.");
        };
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static InspectedImage checked(ImageType type, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new RejectedImageException("The image has no size.");
        }
        return new InspectedImage(type, width, height);
    }
}
