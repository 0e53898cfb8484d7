package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one place the application reads the system's time: the {@link Clock} that {@link NewsroomClock}
 * (and through it every feature) is given. A test deployment may replace it with an alternative.
 */
@ApplicationScoped
public class SystemClock {

    /** Dependent (no proxy): the system clock is one immutable object. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
