package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The application's one source of the current time; shows instants to people in the newsroom's time zone. */
@ApplicationScoped
public class NewsroomClock {

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return settings.newsroomZone();
    }

    /** The newsroom's time zone as people read it in the interface's language, e.g. "Moscow Time" or "Москва". */
    public String zoneName() {
        return zone().getDisplayName(java.time.format.TextStyle.FULL, InterfaceLanguage.current().locale());
    }

    /**
     * The start of a day given as {@code 2016-06-07} (plus some days) in the newsroom's zone, for
     * date filters taken from a request.
     *
     * @throws java.time.DateTimeException when it is not such a date or lies outside years 1 to 9999
     */
    public Instant startOfDay(String isoDate, int plusDays) {
        return SqlValues.storable(java.time.LocalDate.parse(isoDate.strip()).plusDays(plusDays)
                .atStartOfDay(zone()).toInstant());
    }

    /** e.g. {@code June 7, 2016, 17:45} or {@code 7 июня 2016, 17:45}, in the interface's language. */
    public String display(Instant instant) {
        return display(instant, zone(), InterfaceLanguage.current());
    }

    /** The instant in that language, e.g. an article's dates in the article's own language. */
    public String display(Instant instant, Language language) {
        return display(instant, zone(), language);
    }

    /** e.g. {@code June 7, 2016, 17:45}: the instant as people read it in that zone and language. */
    public static String display(Instant instant, ZoneId zone, Language language) {
        return language.dateTimeFormat().format(instant.atZone(zone));
    }

    /** The date part of a wire dateline in the story's language, e.g. {@code June 7} or {@code 7 июня}. */
    public String datelineDate(Instant instant, Language language) {
        return language.datelineDateFormat().format(instant.atZone(zone()));
    }

    /** Machine-readable, with the newsroom's offset, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone()).withNano(0));
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }
}
