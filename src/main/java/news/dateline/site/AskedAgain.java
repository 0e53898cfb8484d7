package news.dateline.site;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Tells whether a key was asked for recently, so that a memory keeps what readers ask for again
 * rather than every one-off (the "doorkeeper" of frequency-based caches). The keys seen since the
 * last reset are bits of their hashes, and the bits are cleared after {@code window} new keys: a key
 * counts as asked again when it came back within about that many others. Two keys may share a bit,
 * which only lets a few one-offs through. Takes no memory per key, allocates nothing.
 */
final class AskedAgain {

    private final AtomicLongArray bits;
    private final int mask;
    private final int window;
    private final AtomicInteger newKeys = new AtomicInteger();

    /**
     * @param bitCount how many bits, a power of two (many times {@code window}, so that keys seldom share one)
     * @param window   how many new keys are remembered before the bits are cleared
     */
    AskedAgain(int bitCount, int window) {
        if (Integer.bitCount(bitCount) != 1 || bitCount < 64) {
            throw new IllegalArgumentException("bitCount must be a power of two of at least 64: " + bitCount);
        }
        this.bits = new AtomicLongArray(bitCount / 64);
        this.mask = bitCount - 1;
        this.window = window;
    }

    /** Records that the key was asked for; true when it had been asked for within the window already. */
    boolean ask(String key) {
        int hash = key.hashCode() * 0x9E3779B9;
        int bit = (hash ^ (hash >>> 16)) & mask;
        int word = bit >>> 6;
        long flag = 1L << (bit & 63);
        long seen;
        do {
            seen = bits.get(word);
            if ((seen & flag) != 0) {
                return true;
            }
        } while (!bits.compareAndSet(word, seen, seen | flag));
        if (newKeys.incrementAndGet() >= window) {
            newKeys.set(0);
            for (int i = 0; i < bits.length(); i++) {
                bits.set(i, 0);
            }
        }
        return false;
    }
}
