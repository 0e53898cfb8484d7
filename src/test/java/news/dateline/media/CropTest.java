package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CropTest {

    @Test
    void takesTheFullHeightOfAWidePhotoAndCentresOnTheFocalPoint() {
        Crop crop = Crop.around(4000, 2000, 1.0, new FocalPoint(25, 50));

        assertThat(crop).isEqualTo(new Crop(0, 0, 2000, 2000));
        assertThat(Crop.around(4000, 2000, 1.0, new FocalPoint(50, 50))).isEqualTo(new Crop(1000, 0, 2000, 2000));
        assertThat(Crop.around(4000, 2000, 1.0, new FocalPoint(60, 50))).isEqualTo(new Crop(1400, 0, 2000, 2000));
    }

    @Test
    void takesTheFullWidthOfATallPhoto() {
        Crop crop = Crop.around(3000, 4000, 1.91, new FocalPoint(50, 10));

        assertThat(crop.width()).isEqualTo(3000);
        assertThat(crop.height()).isEqualTo(1571);
        assertThat(crop.top()).isZero();
        assertThat(Crop.around(3000, 4000, 1.91, new FocalPoint(50, 75)).top()).isEqualTo(2215);
    }

    @Test
    void staysInsideThePhotoAtEveryEdge() {
        assertThat(Crop.around(3000, 2000, 1.91, new FocalPoint(100, 100)))
                .isEqualTo(new Crop(0, 2000 - 1571, 3000, 1571));
        assertThat(Crop.around(3000, 2000, 1.0, new FocalPoint(100, 0))).isEqualTo(new Crop(1000, 0, 2000, 2000));
        assertThat(Crop.around(3000, 2000, 1.0, new FocalPoint(0, 100))).isEqualTo(new Crop(0, 0, 2000, 2000));
    }

    @Test
    void keepsTheFocalPointInFrameForEveryPointShapeAndSize() {
        int[][] sizes = {{4000, 3000}, {3000, 4000}, {1200, 628}, {1, 1}, {5000, 100}, {100, 5000}, {321, 213}};
        for (int[] size : sizes) {
            for (Shape shape : Shape.CROPS) {
                for (int x = 0; x <= 100; x += 5) {
                    for (int y = 0; y <= 100; y += 5) {
                        Crop crop = Crop.around(size[0], size[1], shape.aspect(), new FocalPoint(x, y));
                        assertThat(crop.contains(x / 100.0 * size[0], y / 100.0 * size[1]))
                                .as("%s %dx%d at %d,%d: %s", shape, size[0], size[1], x, y, crop).isTrue();
                        assertThat(crop.left()).isGreaterThanOrEqualTo(0);
                        assertThat(crop.top()).isGreaterThanOrEqualTo(0);
                        assertThat(crop.left() + crop.width()).isLessThanOrEqualTo(size[0]);
                        assertThat(crop.top() + crop.height()).isLessThanOrEqualTo(size[1]);
                    }
                }
            }
        }
    }

    @Test
    void keepsTheAspectRatioAndIsAsLargeAsThePhotoAllows() {
        Crop social = Crop.around(4000, 3000, Shape.SOCIAL.aspect(), FocalPoint.CENTRE);

        assertThat(social.width()).isEqualTo(4000);
        assertThat((double) social.width() / social.height()).isCloseTo(1.91, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Crop.around(4000, 3000, 1.5, FocalPoint.CENTRE)).isEqualTo(new Crop(0, 167, 4000, 2667));
    }

    @Test
    void servesACropAtItsWidthButNeverEnlargesIt() {
        assertThat(new Crop(0, 0, 4000, 2094).outputSize(1200, 1.91)).containsExactly(1200, 628);
        assertThat(new Crop(0, 0, 1600, 838).outputSize(1200, 1.91)).containsExactly(1200, 628);
        assertThat(new Crop(0, 0, 600, 314).outputSize(1200, 1.91)).containsExactly(600, 314);
        assertThat(new Crop(0, 0, 1, 1).outputSize(600, 1.0)).containsExactly(1, 1);
        assertThat(new Crop(0, 0, 3, 1).outputSize(600, 3.0 / 2)).containsExactly(3, 1);
    }

    @Test
    void refusesNoPhoto() {
        assertThatThrownBy(() -> Crop.around(0, 10, 1.0, FocalPoint.CENTRE)).isInstanceOf(IllegalArgumentException.class);
    }
}
