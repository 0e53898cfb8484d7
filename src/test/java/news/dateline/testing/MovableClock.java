package news.dateline.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test can move, in place of the system's ({@code platform.SystemClock}): packaged only in
 * the deployments of the tests that add it, where it is the {@link Clock} every feature is given
 * (through {@code NewsroomClock}). It runs with the system's time, shifted by the offset the test
 * sets; a test puts it back with {@link #reset()} when it ends.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class MovableClock {

    private final Shifted clock = new Shifted();

    @Produces
    Clock clock() {
        return clock;
    }

    /** From now on the application's time is the system's plus {@code offset} (negative: in the past). */
    public void setOffset(Duration offset) {
        clock.offset.set(offset);
    }

    /** Moves the application's time on (or back, with a negative amount) by {@code amount}. */
    public void move(Duration amount) {
        clock.offset.updateAndGet(offset -> offset.plus(amount));
    }

    /** Back to the system's time. */
    public void reset() {
        setOffset(Duration.ZERO);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The system's time shifted by an offset that may change while it is in use. */
    private static final class Shifted extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
