package news.dateline.media;

import java.awt.Color;
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
 * Makes what the public site serves from an original: the whole photo at the widths of
 * {@link #WIDTHS} narrower than it (never enlarged), and the crops of {@link Shape#CROPS} around its
 * focal point (at their width, or smaller when the photo is), each in the format every browser
 * reads ({@link PhotoUrls#fallback}) and in WebP. It works from a subsampled decode (see
 * {@link ImageInspector#decode}), never from the full-size original. The WebP writer is created
 * directly, as the reader is, since the Image I/O registry does not see the deployment's plugins.
 */
final class Resizer {

    static final int[] WIDTHS = {320, 640, 1024};
    static final int LARGEST = WIDTHS[WIDTHS.length - 1];

    /** The width an original is decoded at: enough for the widest rendition and the widest crop. */
    static final int DECODE_WIDTH = Math.max(LARGEST, Shape.SOCIAL.maxWidth());

    private static final float JPEG_QUALITY = 0.82f;
    private static final float WEBP_QUALITY = 0.8f;

    record Resized(Shape shape, int width, int height, ImageType format, byte[] bytes) {
    }

    private Resizer() {
    }

    /** The widths of the whole-photo renditions a photo should have: those narrower than the original. */
    static List<Integer> widthsFor(ImageType type, int originalWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < originalWidth) {
                widths.add(width);
            }
        }
        return widths;
    }

    /** The formats each rendition and crop is made in. */
    static List<ImageType> formatsFor(ImageType original) {
        return List.of(PhotoUrls.fallback(original), ImageType.WEBP);
    }

    /** The renditions and crops of an original, made from {@code decoded}, a reduced decode of it. */
    static List<Resized> renditions(InspectedImage original, BufferedImage decoded, FocalPoint focus) {
        List<Resized> result = new ArrayList<>();
        double scale = (double) decoded.getWidth() / original.width();
        for (int width : widthsFor(original.type(), original.width())) {
            int height = Math.max(1, Math.round((float) original.height() * width / original.width()));
            BufferedImage scaled = draw(decoded, 0, 0, decoded.getWidth(), decoded.getHeight(), width, height,
                    original.type());
            for (ImageType format : formatsFor(original.type())) {
                result.add(new Resized(Shape.FULL, width, height, format, encode(format, scaled)));
            }
        }
        for (Shape shape : Shape.CROPS) {
            Crop crop = Crop.around(original.width(), original.height(), shape.aspect(), focus);
            int[] size = crop.outputSize(shape.maxWidth(), shape.aspect());
            int left = (int) Math.floor(crop.left() * scale);
            int top = (int) Math.floor(crop.top() * scale);
            int right = Math.min(decoded.getWidth(), Math.max(left + 1, (int) Math.round((crop.left() + crop.width())
                    * scale)));
            int bottom = Math.min(decoded.getHeight(), Math.max(top + 1, (int) Math.round((crop.top() + crop.height())
                    * scale)));
            BufferedImage cropped = draw(decoded, left, top, right, bottom, size[0], size[1], original.type());
            for (ImageType format : formatsFor(original.type())) {
                result.add(new Resized(shape, size[0], size[1], format, encode(format, cropped)));
            }
        }
        return result;
    }

    /** Draws the source region (left, top)–(right, bottom) scaled to width × height. */
    private static BufferedImage draw(BufferedImage source, int left, int top, int right, int bottom, int width,
                                      int height, ImageType original) {
        boolean alpha = original == ImageType.PNG;
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, left, top, right, bottom, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] encode(ImageType format, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = writer(format);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            } else if (format == ImageType.WEBP) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Lossy");
                param.setCompressionQuality(WEBP_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ImageWriter writer(ImageType format) {
        if (format == ImageType.WEBP) {
            return new com.luciad.imageio.webp.WebPImageWriterSpi().createWriterInstance(null);
        }
        return ImageIO.getImageWritersByFormatName(format == ImageType.PNG ? "png" : "jpeg").next();
    }
}
