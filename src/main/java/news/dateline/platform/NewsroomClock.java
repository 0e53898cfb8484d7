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

    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm", PageRenderer.SITE_LOCALE);
    private static final DateTimeFormatter DATELINE_DATE =
            DateTimeFormatter.ofPattern("MMMM d", PageRenderer.SITE_LOCALE);

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

    /** e.g. {@code June 7, 2016, 17:45} */
    public String display(Instant instant) {
        return display(instant, zone());
    }

    /** e.g. {@code June 7, 2016, 17:45}: the instant as people read it in that zone. */
    public static String display(Instant instant, ZoneId zone) {
        return DISPLAY.format(instant.atZone(zone));
    }

    /** The date part of a wire dateline, e.g. {@code June 7}. */
    public String datelineDate(Instant instant) {
        return DATELINE_DATE.format(instant.atZone(zone()));
    }

    /** Machine-readable, with the newsroom's offset, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone()).withNano(0));
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }
}
