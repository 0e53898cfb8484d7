package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AskedAgainTest {

    @Test
    void aKeyIsAskedAgainOnItsSecondRequestWithinTheWindow() {
        AskedAgain asked = new AskedAgain(1 << 16, 1_000);

        assertThat(asked.ask("quay-reopens")).isFalse();
        assertThat(asked.ask("quay-reopens")).isTrue();
        assertThat(asked.ask("quay-reopens")).isTrue();
    }

    @Test
    void aKeyThatComesBackOnlyAfterTheWindowCountsAsNew() {
        AskedAgain asked = new AskedAgain(1 << 16, 1_000);
        asked.ask("ferry-timetable");

        IntStream.range(0, 1_100).forEach(i -> asked.ask("one-off-" + i));

        assertThat(asked.ask("ferry-timetable")).as("forgotten with the window").isFalse();
    }

    @Test
    void oneOffsAreSeldomTakenForKeysAskedAgain() {
        AskedAgain asked = new AskedAgain(1 << 16, 1_000);

        long takenForRepeats = IntStream.range(0, 100_000).filter(i -> asked.ask("archive-story-" + i)).count();

        assertThat(takenForRepeats).as("of 100,000 distinct keys").isLessThan(2_000);
    }

    @Test
    void theBitsMustBeAPowerOfTwo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AskedAgain(1_000, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
