package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyCountsTest {

    @Test
    void shouldCountWordsOfTheBodyWithoutPhotoCaptionsAndTheReadingTime() {
        BodyCounts counts = BodyCounts.of("  Lavrov, Kerry talk  ", "A lead.", "<p>Russia’s top diplomat, e-mail and"
                + " 3.5 per cent.</p><h2>Next</h2><figure data-photo=\"1\"><figcaption>Not counted"
                + " <small>Nor this</small></figcaption></figure><ul><li><p>one<br>two</p></li></ul>");

        assertThat(counts.headline()).isEqualTo(18);
        assertThat(counts.headlineMax()).isEqualTo(Article.MAX_HEADLINE_LENGTH);
        assertThat(counts.lead()).isEqualTo(7);
        assertThat(counts.words()).isEqualTo(11);
        assertThat(counts.minutes()).isEqualTo(1);
    }

    @Test
    void shouldRoundTheReadingTimeUpAndSayNothingForAnEmptyBody() {
        assertThat(BodyCounts.of("", "", "<p>" + "word ".repeat(401) + "</p>").minutes()).isEqualTo(3);
        assertThat(BodyCounts.of("", "", "").minutes()).isZero();
        assertThat(BodyCounts.of(null, null, null).words()).isZero();
    }
}
