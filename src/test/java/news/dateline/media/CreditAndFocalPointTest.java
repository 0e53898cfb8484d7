package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditAndFocalPointTest {

    @Test
    void aCreditIsStoredWithoutTheCopyrightSignTypedBeforeIt() {
        assertThat(Credit.withoutSign("© Reuters")).isEqualTo("Reuters");
        assertThat(Credit.withoutSign("©Reuters")).isEqualTo("Reuters");
        assertThat(Credit.withoutSign(" © © Reuters")).isEqualTo("Reuters");
        assertThat(Credit.withoutSign("(c) AP")).isEqualTo("AP");
        assertThat(Credit.withoutSign("(C) AP")).isEqualTo("AP");
        assertThat(Credit.withoutSign("Copyright TASS")).isEqualTo("TASS");
        assertThat(Credit.withoutSign("\u00a0© TASS")).isEqualTo("TASS");
        assertThat(Credit.withoutSign("Copyrighted Works Ltd")).isEqualTo("Copyrighted Works Ltd");
        assertThat(Credit.withoutSign("Reuters ©")).isEqualTo("Reuters ©");
        assertThat(Credit.withoutSign("TASS/Reuters")).isEqualTo("TASS/Reuters");
        assertThat(Credit.withoutSign(null)).isEmpty();
    }

    @Test
    void aPhotoDescriptionKeepsTheCreditWithoutTheSign() {
        MediaAsset asset = new MediaAsset(new InspectedImage(ImageType.JPEG, 10, 10), 1, "0".repeat(64), "a.jpg",
                new PhotoDescription("Caption", "© Reuters", ""), java.time.Instant.EPOCH);

        assertThat(asset.getCredit()).isEqualTo("Reuters");
    }

    @Test
    void aFocalPointIsTypedInPerCent() {
        assertThat(FocalPoint.parse("30", "70")).isEqualTo(new FocalPoint(30, 70));
        assertThat(FocalPoint.parse(" 30.4 ", "70,6%")).isEqualTo(new FocalPoint(30, 71));
        assertThat(FocalPoint.parse("0", "100")).isEqualTo(new FocalPoint(0, 100));
    }

    @Test
    void aFocalPointOutsideThePhotoOrNotANumberIsRefusedForItsField() {
        assertThatThrownBy(() -> FocalPoint.parse("101", "5")).isInstanceOfSatisfying(FocalPointRefused.class,
                e -> assertThat(e.field()).isEqualTo("focalX"));
        assertThatThrownBy(() -> FocalPoint.parse("5", "-1")).isInstanceOfSatisfying(FocalPointRefused.class,
                e -> assertThat(e.field()).isEqualTo("focalY"));
        assertThatThrownBy(() -> FocalPoint.parse("", "5")).isInstanceOf(FocalPointRefused.class);
        assertThatThrownBy(() -> FocalPoint.parse("5", null)).isInstanceOf(FocalPointRefused.class);
        assertThatThrownBy(() -> FocalPoint.parse("1e9", "5")).isInstanceOf(FocalPointRefused.class);
        assertThatThrownBy(() -> FocalPoint.parse("99999999999999999999", "5")).isInstanceOf(FocalPointRefused.class);
    }

    @Test
    void cropAddressesNameTheFocalPoint() {
        assertThat(PhotoUrls.crop(7, Shape.SOCIAL, new FocalPoint(30, 70), ImageType.JPEG))
                .isEqualTo("/media/7/social-30-70.jpg");
        assertThat(PhotoUrls.crop(7, Shape.THUMBNAIL, FocalPoint.CENTRE, ImageType.WEBP))
                .isEqualTo("/media/7/3x2-50-50.webp");
        assertThat(PhotoUrls.srcset(7, ImageType.JPEG, 2000, java.util.List.of(320, 640), ImageType.WEBP))
                .isEqualTo("/media/7/320.webp 320w, /media/7/640.webp 640w");
        assertThat(PhotoUrls.srcset(7, ImageType.JPEG, 2000, java.util.List.of(320), ImageType.JPEG))
                .isEqualTo("/media/7/320.jpg 320w, /media/7.jpg 2000w");
        assertThat(PhotoUrls.srcset(7, ImageType.JPEG, 200, java.util.List.of(), ImageType.WEBP)).isNull();
    }
}
