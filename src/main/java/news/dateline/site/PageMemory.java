package news.dateline.site;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The memory the page cache keeps its pages' bytes in, outside the Java heap: blocks of
 * {@value #BLOCK} bytes in direct buffers of up to a megabyte, taken from the system as the cache
 * fills, never more than the cache's bound, and reused once a page leaves the cache.
 * <p>
 * Why not the heap: a cached page lives for seconds to minutes, long enough for the collector to
 * move it to the old generation, and the long tail of the archive keeps replacing cached pages; on the
 * heap that made tens of megabytes of old garbage a second, cleared by full collections of 100 ms and
 * more (the long tail's p99). Here a page costs the heap a few small objects, and its bytes are only
 * copied out for the response being sent, which dies young.
 * <p>
 * A {@link Stored} byte string is held by the cache and, while they copy it, by the requests sending
 * it; its blocks return to the free list when the last holder lets go, so a page evicted while it is
 * being sent is never overwritten under the reader.
 */
final class PageMemory {

    static final int BLOCK = 1024;

    private static final Logger LOG = Logger.getLogger(PageMemory.class.getName());
    private static final int MAX_CHUNK_BLOCKS = 1024;

    private final int chunkBlocks;
    private final ByteBuffer[] chunks;
    private final int[] free;
    private int freeCount;
    private int chunkCount;
    private boolean exhausted;

    /** Memory for at most {@code maxBytes} of pages (rounded down to whole blocks). */
    PageMemory(long maxBytes) {
        int blocks = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(0, maxBytes / BLOCK));
        chunkBlocks = Math.max(1, Math.min(MAX_CHUNK_BLOCKS, blocks));
        chunks = new ByteBuffer[blocks == 0 ? 0 : (blocks + chunkBlocks - 1) / chunkBlocks];
        free = new int[blocks];
    }

    /** How many blocks {@code length} bytes take. */
    static int blocksFor(int length) {
        return (length + BLOCK - 1) / BLOCK;
    }

    /** A copy of {@code bytes} in this memory, held once by the caller; null when there is no room. */
    Stored store(byte[] bytes) {
        int[] blocks = allocate(blocksFor(bytes.length));
        if (blocks == null) {
            return null;
        }
        for (int i = 0, offset = 0; i < blocks.length; i++, offset += BLOCK) {
            int length = Math.min(BLOCK, bytes.length - offset);
            chunk(blocks[i]).put(position(blocks[i]), bytes, offset, length);
        }
        return new Stored(blocks, bytes.length);
    }

    /** Blocks in use, for tests and metrics. */
    synchronized int blocksInUse() {
        return chunkCount * chunkBlocks - freeCount;
    }

    private synchronized int[] allocate(int count) {
        while (freeCount < count && grow()) {
            // each round adds a chunk's blocks to the free list
        }
        if (freeCount < count) {
            return null;
        }
        int[] blocks = new int[count];
        for (int i = 0; i < count; i++) {
            blocks[i] = free[--freeCount];
        }
        return blocks;
    }

    private boolean grow() {
        if (exhausted || chunkCount == chunks.length) {
            return false;
        }
        int first = chunkCount * chunkBlocks;
        int blocks = Math.min(chunkBlocks, free.length - first);
        try {
            chunks[chunkCount] = ByteBuffer.allocateDirect(blocks * BLOCK);
        } catch (OutOfMemoryError e) {
            exhausted = true;
            LOG.warning(() -> "The page cache could not take more memory outside the heap (" + e.getMessage()
                    + ") and stays at " + (first / 1024) + " MB; raise -XX:MaxDirectMemorySize or lower"
                    + " dateline.page-cache-mb");
            return false;
        }
        chunkCount++;
        for (int block = first + blocks - 1; block >= first; block--) {
            free[freeCount++] = block;
        }
        return true;
    }

    private synchronized void free(int[] blocks) {
        for (int block : blocks) {
            free[freeCount++] = block;
        }
    }

    private ByteBuffer chunk(int block) {
        return chunks[block / chunkBlocks];
    }

    private int position(int block) {
        return (block % chunkBlocks) * BLOCK;
    }

    /**
     * Bytes kept in this memory, with a count of holders: the cache holds them from {@link #store}
     * until it lets them go; a reader takes a hold for as long as it copies them.
     */
    final class Stored {

        private final int[] blocks;
        private final int length;
        private final AtomicInteger holders = new AtomicInteger(1);

        private Stored(int[] blocks, int length) {
            this.blocks = blocks;
            this.length = length;
        }

        int length() {
            return length;
        }

        int blocks() {
            return blocks.length;
        }

        /** Takes a hold; false when the bytes were already given back (their blocks may hold another page). */
        boolean hold() {
            for (int held = holders.get(); held > 0; held = holders.get()) {
                if (holders.compareAndSet(held, held + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Lets go of a hold; the last one gives the blocks back. */
        void release() {
            int left = holders.decrementAndGet();
            if (left == 0) {
                free(blocks);
            } else if (left < 0) {
                throw new IllegalStateException("released more often than held");
            }
        }

        /** A copy of the bytes on the heap; the caller must hold them while this runs. */
        byte[] copy() {
            byte[] bytes = new byte[length];
            for (int i = 0, offset = 0; i < blocks.length; i++, offset += BLOCK) {
                chunk(blocks[i]).get(position(blocks[i]), bytes, offset, Math.min(BLOCK, length - offset));
            }
            return bytes;
        }
    }
}
