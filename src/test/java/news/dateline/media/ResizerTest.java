package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ResizerTest {

    @Test
    void shouldMakeEveryNarrowerWidthFromASubsampledDecodeKeepingFormatAndAspect() throws IOException {
        byte[] jpeg = TestImages.jpeg(3000, 2000);
        InspectedImage image = ImageInspector.inspect(jpeg, 50_000_000L);

        List<Resizer.Resized> renditions = Resizer.renditions(image,
                ImageInspector.decode(jpeg, image, Resizer.LARGEST));

        assertThat(renditions).extracting(Resizer.Resized::width).containsExactly(320, 640, 1024);
        assertThat(renditions).extracting(Resizer.Resized::height).containsExactly(213, 427, 683);
        BufferedImage largest = ImageIO.read(new ByteArrayInputStream(renditions.get(2).bytes()));
        assertThat(largest.getWidth()).isEqualTo(1024);
        assertThat(renditions.get(0).bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void shouldNeverEnlargeAndLeaveWebpAsItIs() {
        assertThat(Resizer.widthsFor(ImageType.PNG, 700)).containsExactly(320, 640);
        assertThat(Resizer.widthsFor(ImageType.JPEG, 320)).isEmpty();
        assertThat(Resizer.widthsFor(ImageType.WEBP, 4000)).isEmpty();
    }
}
