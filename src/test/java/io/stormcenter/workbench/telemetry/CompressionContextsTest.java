package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Blocks compressed with contexts kept from one block to the next, by threads that come and go. */
class CompressionContextsTest {

    private static List<String> events(int thread, int block) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 200 + block; i++) {
            events.add("{\"process_exec\":{\"process\":{\"binary\":\"/bin/sh\",\"arguments\":\"-c id #" + thread + "/"
                    + block + "/" + i + "\"}},\"node_name\":\"worker-" + thread + "\"}");
        }
        return events;
    }

    @Test
    void blocks_compressed_on_many_threads_at_once_read_back_exactly() throws Exception {
        // given more threads than the contexts kept, each compressing block after block
        int threads = 2 * Runtime.getRuntime().availableProcessors() + 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int block = 0; block < 30; block++) {
                        List<String> events = events(thread, block);
                        // when
                        RawBlock read = RawBlock.unpack(RawBlock.pack(events));
                        // then
                        assertThat(read.size()).isEqualTo(events.size());
                        for (int slot = 0; slot < events.size(); slot++) {
                            assertThat(read.event(slot)).isEqualTo(events.get(slot));
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> one : done) {
                assertThat(one.get(60, TimeUnit.SECONDS)).isEqualTo(30);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_pool_still_serves_after_more_contexts_are_given_back_than_it_keeps() {
        // given more contexts borrowed at once than the pool keeps
        List<com.github.luben.zstd.ZstdCompressCtx> borrowed = new ArrayList<>();
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors() + 4; i++) {
            borrowed.add(CompressionContexts.borrow(1));
        }
        // when all are given back
        borrowed.forEach(CompressionContexts::giveBack);
        // then blocks still compress and read back
        List<String> events = events(0, 0);
        RawBlock read = RawBlock.unpack(RawBlock.pack(events));
        assertThat(read.event(events.size() - 1)).isEqualTo(events.get(events.size() - 1));
    }
}
