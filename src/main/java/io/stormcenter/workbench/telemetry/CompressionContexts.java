package io.stormcenter.workbench.telemetry;

import com.github.luben.zstd.ZstdCompressCtx;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Zstandard compression contexts kept from one block to the next. Compressing with a fresh context
 * each time (what {@code Zstd.compressByteArray} does) allocates and zeroes its tables and buffers
 * anew, a block's worth of fresh memory that the kernel faults in page by page. Contexts hold
 * native memory that nothing frees but {@link ZstdCompressCtx#close}, so they are pooled, not kept
 * per thread (a pool's threads come and go): at most {@link #KEPT} are kept, and one given back
 * to a full pool is closed.
 */
final class CompressionContexts {

    private static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ArrayBlockingQueue<ZstdCompressCtx> FREE = new ArrayBlockingQueue<>(KEPT);

    private CompressionContexts() {
    }

    /** A context at {@code level}, kept or new; give it back when done. */
    static ZstdCompressCtx borrow(int level) {
        ZstdCompressCtx context = FREE.poll();
        if (context == null) {
            context = new ZstdCompressCtx();
        }
        return context.setLevel(level);
    }

    /** Takes a context back for the next block, or closes it when enough are kept. */
    static void giveBack(ZstdCompressCtx context) {
        if (!FREE.offer(context)) {
            context.close();
        }
    }
}
