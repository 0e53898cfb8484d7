package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchAdmissionTest {

    @Test
    void noMoreSearchesThanTheConcurrencyRunAtOnceAndTheOthersGetTheirTurnInArrivalOrder() throws Exception {
        SearchAdmission admission = new SearchAdmission(2, 10_000);
        assertThat(admission.enter()).isTrue();
        assertThat(admission.enter()).isTrue();

        AtomicInteger running = new AtomicInteger(2);
        AtomicInteger mostAtOnce = new AtomicInteger(2);
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            int arrival = i;
            Thread search = new Thread(() -> {
                if (admission.enter()) {
                    order.add(arrival);
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    running.decrementAndGet();
                    admission.leave();
                }
                done.countDown();
            });
            search.start();
            awaitWaiting(search);
        }
        assertThat(order).as("nobody gets in while both turns are taken").isEmpty();

        running.decrementAndGet();
        admission.leave();

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).as("one turn going round, in arrival order").containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(mostAtOnce.get()).as("the turn still held and the one going round").isEqualTo(2);
        admission.leave();
        assertThat(admission.enter()).isTrue();
        assertThat(admission.enter()).isTrue();
    }

    @Test
    void aSearchThatGetsNoTurnWithinTheLongestWaitIsRefused() {
        SearchAdmission admission = new SearchAdmission(1, 50);
        assertThat(admission.enter()).isTrue();

        long started = System.nanoTime();
        assertThat(admission.enter()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(45);

        admission.leave();
        assertThat(admission.enter()).as("a turn given back is taken again").isTrue();
    }

    /** Waits until the thread is parked waiting for its turn, so arrivals are strictly ordered. */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
