package news.dateline.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something the server does in the background (renditions, mails, a queue drained),
 * checking every 100 ms; fails naming what did not happen in time.
 */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit.toSeconds() + " s: " + what);
            }
            pause();
        }
    }

    /** Waits 100 ms between two readings. */
    public static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
