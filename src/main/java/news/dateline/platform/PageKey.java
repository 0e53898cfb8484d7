package news.dateline.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a newest-first list of articles: the (time, id) of the last article on a page,
 * where the time is the publication time on the site and the last change in the newsroom. The
 * next page starts right after it, so no page is found by OFFSET. Its token, e.g.
 * {@code 1465310700000000-42}, is microseconds since the epoch and the id.
 */
public record PageKey(Instant at, long id) {

    private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,19})-(\\d{1,19})");

    public PageKey {
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #token()} */
    public static PageKey parse(String token) {
        Matcher matcher = TOKEN.matcher(token == null ? "" : token);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a page key: " + token);
        }
        try {
            long micros = Long.parseLong(matcher.group(1));
            long id = Long.parseLong(matcher.group(2));
            return new PageKey(news.dateline.platform.SqlValues.storable(Instant.EPOCH.plus(micros, ChronoUnit.MICROS)), id);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("Not a page key: " + token, e);
        }
    }
}
