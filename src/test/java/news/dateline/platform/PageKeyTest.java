package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageKeyTest {

    @Test
    void shouldSurviveTheRoundTripThroughItsTokenAtMicrosecondPrecision() {
        PageKey key = new PageKey(Instant.parse("2016-06-07T11:32:00.123456789Z"), 42);

        PageKey parsed = PageKey.parse(key.token());

        assertThat(parsed).isEqualTo(key);
        assertThat(parsed.at()).isEqualTo(Instant.parse("2016-06-07T11:32:00.123456Z"));
        assertThat(key.token()).isEqualTo("1465299120123456-42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1-2-3", "12", "-5", "99999999999999999999-1", "1-99999999999999999999",
        "1465299120123456-"})
    void shouldRefuseATokenItDidNotMake(String token) {
        assertThatThrownBy(() -> PageKey.parse(token)).isInstanceOf(IllegalArgumentException.class);
    }
}
