package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void russianHasThreePluralFormsForWholeNumbers() {
        assertThat(Language.RU.pluralCategory(1)).isEqualTo("one");
        assertThat(Language.RU.pluralCategory(21)).isEqualTo("one");
        assertThat(Language.RU.pluralCategory(101)).isEqualTo("one");
        assertThat(Language.RU.pluralCategory(2)).isEqualTo("few");
        assertThat(Language.RU.pluralCategory(4)).isEqualTo("few");
        assertThat(Language.RU.pluralCategory(23)).isEqualTo("few");
        assertThat(Language.RU.pluralCategory(0)).isEqualTo("many");
        assertThat(Language.RU.pluralCategory(5)).isEqualTo("many");
        assertThat(Language.RU.pluralCategory(11)).isEqualTo("many");
        assertThat(Language.RU.pluralCategory(12)).isEqualTo("many");
        assertThat(Language.RU.pluralCategory(14)).isEqualTo("many");
        assertThat(Language.RU.pluralCategory(111)).isEqualTo("many");
        assertThat(Language.RU.pluralCategory(112)).isEqualTo("many");
        assertThat(Language.EN.pluralCategory(1)).isEqualTo("one");
        assertThat(Language.EN.pluralCategory(0)).isEqualTo("other");
        assertThat(Language.EN.pluralCategory(21)).isEqualTo("other");
    }

    @Test
    void theBrowsersFirstLanguageThatDatelineSpeaksWins() {
        assertThat(Language.preferredBy("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).contains(Language.RU);
        assertThat(Language.preferredBy("en-GB,en;q=0.9,ru;q=0.8")).contains(Language.EN);
        assertThat(Language.preferredBy("de-DE,de;q=0.9,ru;q=0.5,en;q=0.4")).contains(Language.RU);
        assertThat(Language.preferredBy("en;q=0.5,ru;q=0.9")).contains(Language.RU);
        assertThat(Language.preferredBy("ru;q=0,en")).contains(Language.EN);
        assertThat(Language.preferredBy("de,fr")).isEmpty();
        assertThat(Language.preferredBy("*")).isEmpty();
        assertThat(Language.preferredBy(null)).isEmpty();
        assertThat(Language.preferredBy("")).isEmpty();
        assertThat(Language.preferredBy(";;;q=\u0000,,")).isEmpty();
        assertThat(Language.preferredBy("ru;q=abc")).isEmpty();
        assertThat(Language.preferredBy("x".repeat(5000))).isEmpty();
    }

    @Test
    void codesAreReadInAnyCaseAndUnknownOnesAreNotGuessed() {
        assertThat(Language.of(" RU ")).contains(Language.RU);
        assertThat(Language.of("en")).contains(Language.EN);
        assertThat(Language.of("de")).isEmpty();
        assertThat(Language.of("")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        Instant evening = Instant.parse("2016-06-07T14:45:00Z");
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        assertThat(NewsroomClock.display(evening, moscow, Language.EN)).isEqualTo("June 7, 2016, 17:45");
        assertThat(NewsroomClock.display(evening, moscow, Language.RU)).isEqualTo("7 июня 2016, 17:45");
        assertThat(Language.RU.datelineDateFormat().format(evening.atZone(moscow))).isEqualTo("7 июня");
        assertThat(Language.EN.datelineDateFormat().format(evening.atZone(moscow))).isEqualTo("June 7");
        assertThat(Language.RU.dateFormat().format(evening.atZone(moscow))).isEqualTo("7 июня 2016");
    }
}
