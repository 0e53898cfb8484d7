package news.dateline.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the widths the public site serves (a listing thumbnail and article widths) from a JPEG or
 * PNG original, keeping its format and aspect ratio and never enlarging. It works from a subsampled
 * decode (see {@link ImageInspector#decode}), never from the full-size original. WebP originals get
 * no renditions and are served as they are: there is no WebP encoder, and a rendition in another
 * format would not match the {@code .webp} URLs the site builds from the original's type.
 */
final class Resizer {

    static final int[] WIDTHS = {320, 640, 1024};
    static final int LARGEST = WIDTHS[WIDTHS.length - 1];

    record Resized(int width, int height, byte[] bytes) {
    }

    private Resizer() {
    }

    /** The rendition widths a photo should have: those narrower than the original, none for WebP. */
    static List<Integer> widthsFor(ImageType type, int originalWidth) {
        List<Integer> widths = new ArrayList<>();
        if (type != ImageType.WEBP) {
            for (int width : WIDTHS) {
                if (width < originalWidth) {
                    widths.add(width);
                }
            }
        }
        return widths;
    }

    /** The renditions of an original, made from {@code decoded}, a reduced decode of it. */
    static List<Resized> renditions(InspectedImage original, BufferedImage decoded) {
        List<Resized> result = new ArrayList<>();
        for (int width : widthsFor(original.type(), original.width())) {
            int height = Math.max(1, Math.round((float) original.height() * width / original.width()));
            result.add(new Resized(width, height, encode(original.type(), scale(decoded, width, height,
                    original.type()))));
        }
        return result;
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, ImageType type) {
        int imageType = type == ImageType.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage target = new BufferedImage(width, height, imageType);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(ImageType type, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(type == ImageType.PNG ? "png" : "jpeg").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == ImageType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.82f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
