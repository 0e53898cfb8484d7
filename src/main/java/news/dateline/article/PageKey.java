package news.dateline.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the newest-first order of published articles: the (publication time, id) of the
 * last article on a page. The next page starts right after it, so no page is found by OFFSET.
 * Its token, e.g. {@code 1465310700000000-42}, is microseconds since the epoch and the id.
 */
public record PageKey(Instant publishedAt, long id) {

    private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,19})-(\\d{1,19})");

    public PageKey {
        Objects.requireNonNull(publishedAt, "publishedAt");
        publishedAt = publishedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt) + "-" + id;
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
            return new PageKey(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("Not a page key: " + token, e);
        }
    }
}
