package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ResizerTest {

    @Test
    void shouldMakeEveryNarrowerWidthFromASubsampledDecodeKeepingAspectInTheOriginalsFormatAndWebp() throws IOException {
        byte[] jpeg = TestImages.jpeg(3000, 2000);
        InspectedImage image = ImageInspector.inspect(jpeg, 50_000_000L);

        List<Resizer.Resized> renditions = Resizer.renditions(image,
                ImageInspector.decode(jpeg, image, Resizer.DECODE_WIDTH), FocalPoint.CENTRE);

        List<Resizer.Resized> whole = renditions.stream().filter(r -> r.shape() == Shape.FULL).toList();
        assertThat(whole).extracting(Resizer.Resized::width).containsExactly(320, 320, 640, 640, 1024, 1024);
        assertThat(whole).extracting(Resizer.Resized::height).containsExactly(213, 213, 427, 427, 683, 683);
        assertThat(whole).extracting(Resizer.Resized::format).containsExactly(ImageType.JPEG, ImageType.WEBP,
                ImageType.JPEG, ImageType.WEBP, ImageType.JPEG, ImageType.WEBP);
        BufferedImage largest = ImageIO.read(new ByteArrayInputStream(whole.get(4).bytes()));
        assertThat(largest.getWidth()).isEqualTo(1024);
        assertThat(whole.get(0).bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(new String(whole.get(1).bytes(), 0, 4)).isEqualTo("RIFF");
        assertThat(new String(whole.get(1).bytes(), 8, 4)).isEqualTo("WEBP");
    }

    @Test
    void shouldMakeEachCropAtItsWidthAndAspect() {
        byte[] jpeg = TestImages.jpeg(3000, 2000);
        InspectedImage image = ImageInspector.inspect(jpeg, 50_000_000L);

        List<Resizer.Resized> crops = Resizer.renditions(image, ImageInspector.decode(jpeg, image,
                Resizer.DECODE_WIDTH), new FocalPoint(10, 90)).stream().filter(r -> r.shape() != Shape.FULL).toList();

        assertThat(crops).extracting(r -> r.shape() + " " + r.width() + "x" + r.height() + " " + r.format())
                .containsExactly("THUMBNAIL 320x213 JPEG", "THUMBNAIL 320x213 WEBP", "SOCIAL 1200x628 JPEG",
                        "SOCIAL 1200x628 WEBP", "SQUARE 600x600 JPEG", "SQUARE 600x600 WEBP");
    }

    @Test
    void shouldKeepTheFocalPointsColouredBlockInEveryCrop() throws IOException {
        // A grey 2000×1000 photo with a red block around (85 %, 20 %): every crop must show red.
        BufferedImage picture = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 2000, 1000);
        g.setColor(Color.RED);
        g.fillRect(1650, 150, 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        byte[] png = out.toByteArray();
        InspectedImage image = ImageInspector.inspect(png, 50_000_000L);

        List<Resizer.Resized> crops = Resizer.renditions(image, ImageInspector.decode(png, image,
                Resizer.DECODE_WIDTH), new FocalPoint(85, 20)).stream()
                .filter(r -> r.shape() != Shape.FULL && r.format() == ImageType.PNG).toList();
        List<Resizer.Resized> centred = Resizer.renditions(image, ImageInspector.decode(png, image,
                Resizer.DECODE_WIDTH), FocalPoint.CENTRE).stream()
                .filter(r -> r.shape() == Shape.SQUARE && r.format() == ImageType.PNG).toList();

        assertThat(crops).hasSize(3);
        for (Resizer.Resized crop : crops) {
            assertThat(redPixels(crop.bytes())).as(crop.shape().name()).isGreaterThan(100);
        }
        assertThat(redPixels(centred.get(0).bytes())).isZero();
    }

    @Test
    void shouldNeverEnlarge() {
        assertThat(Resizer.widthsFor(ImageType.PNG, 700)).containsExactly(320, 640);
        assertThat(Resizer.widthsFor(ImageType.JPEG, 320)).isEmpty();
        assertThat(Resizer.widthsFor(ImageType.WEBP, 4000)).containsExactly(320, 640, 1024);
        byte[] small = TestImages.jpeg(200, 150);
        InspectedImage image = ImageInspector.inspect(small, 50_000_000L);
        assertThat(Resizer.renditions(image, ImageInspector.decode(small, image, Resizer.DECODE_WIDTH),
                FocalPoint.CENTRE)).allSatisfy(r -> assertThat(r.width()).isLessThanOrEqualTo(200));
    }

    @Test
    void shouldMakeJpegAndWebpFromAWebpOriginal() {
        byte[] webp = TestImages.webpLossy();
        InspectedImage image = ImageInspector.inspect(webp, 50_000_000L);

        List<Resizer.Resized> renditions = Resizer.renditions(image, ImageInspector.decode(webp, image,
                Resizer.DECODE_WIDTH), FocalPoint.CENTRE);

        assertThat(renditions).extracting(Resizer.Resized::format).containsOnly(ImageType.JPEG, ImageType.WEBP);
    }

    private static int redPixels(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60) {
                    red++;
                }
            }
        }
        return red;
    }
}
