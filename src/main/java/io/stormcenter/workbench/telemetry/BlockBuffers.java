package io.stormcenter.workbench.telemetry;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;

/**
 * Each thread's buffers for laying out and compressing a batch's blocks, kept from one batch to
 * the next. A batch of 2,000 Tetragon events lays out megabytes; allocated afresh per batch they
 * were a third of what an ingesting thread allocated (each zeroed, then grown by copying as the
 * events came), and a new large array is fresh memory for the processor's cache. Only buffers up
 * to {@link #KEPT_BYTES} (4 MiB), four per thread, are kept, so one huge receiver batch does not stay in
 * memory.
 */
final class BlockBuffers {

    static final int KEPT_BYTES = 4 << 20;
    private static final int KEPT_BUFFERS = 4;
    private static final ThreadLocal<BlockBuffers> MINE = ThreadLocal.withInitial(BlockBuffers::new);

    private final ArrayDeque<byte[]> free = new ArrayDeque<>(KEPT_BUFFERS);

    private BlockBuffers() {
    }

    /** A buffer of at least {@code capacity} bytes, one this thread gave back if one is large enough. */
    static byte[] borrow(int capacity) {
        Iterator<byte[]> kept = MINE.get().free.iterator();
        while (kept.hasNext()) {
            byte[] buffer = kept.next();
            if (buffer.length >= capacity) {
                kept.remove();
                return buffer;
            }
        }
        return new byte[capacity];
    }

    /** Gives a buffer back for this thread's next batches; its borrower no longer touches it. */
    static void giveBack(byte[] buffer) {
        ArrayDeque<byte[]> free = MINE.get().free;
        if (buffer.length > KEPT_BYTES) {
            return;
        }
        if (free.size() == KEPT_BUFFERS) {
            // keep the largest: the next batch is as large as the last ones
            byte[] smallest = free.stream().min(Comparator.comparingInt(b -> b.length)).orElseThrow();
            if (smallest.length >= buffer.length) {
                return;
            }
            free.remove(smallest);
        }
        free.add(buffer);
    }
}
