package news.dateline.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import news.dateline.platform.Settings;

/**
 * How many searches a server works on at once ({@code dateline.search-concurrency}); the others wait
 * their turn in arrival order.
 * <p>
 * A search costs from one to several milliseconds of processor time, depending on its words. Worked on
 * all at once, the processors are shared among them, and each one takes as long as its own cost times
 * the number of searches in progress: the dearest ones waited several times longer than the cheap ones.
 * Worked on a few at a time in arrival order, a search waits for those ahead of it, about the same time
 * for every search, and the processors are as busy as before. It also keeps a burst of searches from
 * taking every request thread from the article pages.
 */
@ApplicationScoped
public class SearchAdmission {

    /** What a busy server tells the reader's browser to wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    Settings settings;

    private int concurrency;
    private Semaphore turns;
    private volatile long longestWaitMillis;

    public SearchAdmission() {
    }

    /** At most {@code concurrency} searches at once, each waiting at most {@code longestWaitMillis}; for tests. */
    SearchAdmission(int concurrency, long longestWaitMillis) {
        configure(concurrency, longestWaitMillis);
    }

    @PostConstruct
    void start() {
        configure(settings.searchConcurrency(), settings.searchWaitMillis());
    }

    private void configure(int concurrency, long longestWaitMillis) {
        this.concurrency = concurrency;
        this.turns = new Semaphore(concurrency, true);
        this.longestWaitMillis = longestWaitMillis;
    }

    /** Waits for a turn; false when none came within the longest wait (the server is overloaded). */
    public boolean enter() {
        try {
            return turns.tryAcquire(longestWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends a turn taken with {@link #enter()}. */
    public void leave() {
        turns.release();
    }

    /** How many searches may run at once. */
    int concurrency() {
        return concurrency;
    }

    /** Changes how long a search may wait for its turn; for tests. */
    void waitAtMost(long millis) {
        longestWaitMillis = millis;
    }

    long longestWaitMillis() {
        return longestWaitMillis;
    }
}
