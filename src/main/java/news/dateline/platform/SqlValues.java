package news.dateline.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values read from native queries, whichever Java type the driver chose for them. */
public final class SqlValues {

    /** The times a query parameter may carry: years 1 to 9999 (PostgreSQL and every display can hold them). */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private SqlValues() {
    }

    /**
     * A time taken from a request, checked before it reaches a query.
     *
     * @throws java.time.DateTimeException when it lies outside years 1 to 9999
     */
    public static Instant storable(Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new java.time.DateTimeException("Out of range: " + value);
        }
        return value;
    }

    /** A {@code timestamptz} column as an instant. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
