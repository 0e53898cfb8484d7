package news.dateline.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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

/**
 * Makes the widths the public site serves (a listing thumbnail and article widths) from a JPEG or
 * PNG original, keeping its format and aspect ratio and never enlarging. WebP originals are served
 * as they are: the JDK has no WebP codec.
 */
final class Resizer {

    static final int[] WIDTHS = {320, 640, 1024};

    record Resized(int width, int height, byte[] bytes) {
    }

    private Resizer() {
    }

    static List<Resized> renditions(ImageType type, byte[] original, int originalWidth) {
        List<Resized> result = new ArrayList<>();
        if (type == ImageType.WEBP) {
            return result;
        }
        BufferedImage source = read(original);
        if (source == null) {
            return result;
        }
        for (int width : WIDTHS) {
            if (width < originalWidth) {
                int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
                result.add(new Resized(width, height, encode(type, scale(source, width, height, type))));
            }
        }
        return result;
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (type == ImageType.PNG) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.82f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
