package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageInspectorTest {

    private static final long FIFTY_MEGAPIXELS = 50_000_000L;

    static Arguments[] bombs() {
        return new Arguments[] {
                Arguments.of("PNG", (Supplier<byte[]>) TestImages::pngBomb, TestImages.BOMB_SIZE),
                Arguments.of("JPEG", (Supplier<byte[]>) TestImages::jpegBomb, TestImages.BOMB_SIZE),
                Arguments.of("WebP VP8X", (Supplier<byte[]>) TestImages::webpExtendedBomb, 16384),
                Arguments.of("WebP VP8L", (Supplier<byte[]>) TestImages::webpLosslessBomb, 16384)};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void shouldRefuseAnImageOverThePixelLimitFromItsHeaderAlone(String name, Supplier<byte[]> bomb, int side) {
        byte[] bytes = bomb.get();

        RejectedImageException refused = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> catchRejected(
                () -> ImageInspector.inspect(bytes, FIFTY_MEGAPIXELS)));

        assertThat(bytes.length).isLessThan(1024 * 1024);
        assertThat(refused.messageKey()).isEqualTo("media.error.tooManyPixels");
        assertThat(refused.arguments()).containsExactly(side, side, 50L);
        assertThat(refused.getMessage()).isEqualTo("The image is " + side + " × " + side
                + " pixels; a photo may have at most 50 megapixels. Make it smaller and upload it again.");
    }

    @Test
    void shouldHoldLosslessWebpToALowerLimitBecauseItsDecoderWorksAtFullSize() {
        byte[] lossless = TestImages.webpLosslessDeclaring(5000);

        assertThatThrownBy(() -> ImageInspector.inspect(lossless, FIFTY_MEGAPIXELS))
                .isInstanceOfSatisfying(RejectedImageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("media.error.tooManyPixelsLossless");
                    assertThat(e.arguments()).containsExactly(5000, 5000, 16L);
                });
        assertThat(ImageInspector.inspect(TestImages.webpLosslessDeclaring(4000), FIFTY_MEGAPIXELS).pixels())
                .isEqualTo(16_000_000L);
    }

    @Test
    void shouldRefuseAFakeWebpThatOnlyHasTheRiffHeader() {
        assertThatThrownBy(() -> ImageInspector.inspect(TestImages.fakeWebp(), FIFTY_MEGAPIXELS))
                .isInstanceOfSatisfying(RejectedImageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("media.error.undecodable"));
    }

    @Test
    void shouldRefuseAWebpWhoseImageDataIsNoise() {
        byte[] webp = TestImages.webpLossless();
        byte[] damaged = Arrays.copyOf(webp, webp.length);
        for (int i = 30; i < damaged.length; i++) {
            damaged[i] = (byte) (i * 131 + 17);
        }
        InspectedImage image = ImageInspector.inspect(damaged, FIFTY_MEGAPIXELS);

        assertThatThrownBy(() -> ImageInspector.decode(damaged, image, 320))
                .isInstanceOfSatisfying(RejectedImageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("media.error.undecodable"));
    }

    @Test
    void shouldRefuseAPngWhosePixelDataDoesNotInflate() {
        byte[] png = TestImages.png(400, 300);
        byte[] damaged = Arrays.copyOf(png, png.length);
        int idat = indexOf(damaged, "IDAT");
        for (int i = idat + 4; i < idat + 64; i++) {
            damaged[i] = (byte) 0xFF;
        }
        InspectedImage image = ImageInspector.inspect(damaged, FIFTY_MEGAPIXELS);

        assertThatThrownBy(() -> ImageInspector.decode(damaged, image, 320))
                .isInstanceOf(RejectedImageException.class);
    }

    @Test
    void shouldRefuseBytesThatAreNoImageAtAll() {
        assertThatThrownBy(() -> ImageInspector.inspect("%PDF-1.4".getBytes(), FIFTY_MEGAPIXELS))
                .isInstanceOfSatisfying(RejectedImageException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("The file is not a JPEG, PNG or WebP image."));
    }

    @Test
    void shouldReadAndDecodeRealJpegPngAndWebp() {
        assertDecodes(TestImages.jpeg(400, 300), ImageType.JPEG);
        assertDecodes(TestImages.png(400, 300), ImageType.PNG);
        assertDecodes(TestImages.webpLossy(), ImageType.WEBP);
        assertDecodes(TestImages.webpLossless(), ImageType.WEBP);
    }

    @Test
    void shouldDecodeALargePhotoSubsampledNeverAtFullSize() {
        byte[] jpeg = TestImages.jpeg(4000, 3000);
        InspectedImage image = ImageInspector.inspect(jpeg, FIFTY_MEGAPIXELS);

        BufferedImage decoded = ImageInspector.decode(jpeg, image, 1024);

        assertThat(image).isEqualTo(new InspectedImage(ImageType.JPEG, 4000, 3000));
        assertThat(decoded.getWidth()).isEqualTo(1334);
        assertThat(decoded.getHeight()).isEqualTo(1000);
    }

    @Test
    void shouldKeepTheDecodedRasterBoundedWhateverTheShape() {
        assertThat(ImageInspector.subsampling(6000, 4000, 1024)).isEqualTo(5);
        assertThat(ImageInspector.subsampling(800, 600, 1024)).isEqualTo(1);
        int factor = ImageInspector.subsampling(1000, 49_000, 1024);
        assertThat((long) ((1000 + factor - 1) / factor) * ((49_000 + factor - 1) / factor))
                .isLessThanOrEqualTo(ImageInspector.MAX_DECODED_PIXELS);
    }

    @Test
    void shouldHonourALowerConfiguredLimit() {
        byte[] jpeg = TestImages.jpeg(2000, 1500);

        assertThatThrownBy(() -> ImageInspector.inspect(jpeg, 2_000_000L))
                .isInstanceOfSatisfying(RejectedImageException.class,
                        e -> assertThat(e.arguments()).containsExactly(2000, 1500, 2L));
        assertThat(ImageInspector.inspect(jpeg, 3_000_000L).pixels()).isEqualTo(3_000_000L);
    }

    private static void assertDecodes(byte[] bytes, ImageType type) {
        InspectedImage image = ImageInspector.inspect(bytes, FIFTY_MEGAPIXELS);
        BufferedImage decoded = ImageInspector.decode(bytes, image, 320);

        assertThat(image).isEqualTo(new InspectedImage(type, 400, 300));
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(300);
    }

    private static RejectedImageException catchRejected(Runnable action) {
        try {
            action.run();
        } catch (RejectedImageException e) {
            return e;
        }
        throw new AssertionError("The image was not refused");
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i < bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException(text + " not found");
    }
}
