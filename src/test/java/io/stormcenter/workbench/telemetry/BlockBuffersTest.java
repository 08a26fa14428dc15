package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BlockBuffersTest {

    @Test
    void a_buffer_given_back_serves_the_same_threads_next_block_that_fits_in_it() throws Exception {
        onNewThread(BlockBuffersTest::givenBackAndBorrowed);
    }

    private static void givenBackAndBorrowed() {
        byte[] first = BlockBuffers.borrow(1000);
        BlockBuffers.giveBack(first);

        assertThat(BlockBuffers.borrow(2000)).isNotSameAs(first).hasSize(2000);
        assertThat(BlockBuffers.borrow(800)).isSameAs(first);
        assertThat(BlockBuffers.borrow(800)).isNotSameAs(first);
    }

    @Test
    void another_thread_never_gets_it() throws Exception {
        byte[] mine = new byte[1000];
        BlockBuffers.giveBack(mine);

        byte[] theirs = CompletableFuture.supplyAsync(() -> BlockBuffers.borrow(1000)).get();

        assertThat(theirs).isNotSameAs(mine);
    }

    @Test
    void a_huge_buffer_is_not_kept_and_at_most_four_are_the_largest() throws Exception {
        onNewThread(BlockBuffersTest::hugeAndLargest);
    }

    private static void hugeAndLargest() {
        byte[] huge = new byte[BlockBuffers.KEPT_BYTES + 1];
        BlockBuffers.giveBack(huge);
        assertThat(BlockBuffers.borrow(10)).isNotSameAs(huge);

        byte[][] given = {new byte[100], new byte[200], new byte[300], new byte[400], new byte[500]};
        for (byte[] buffer : given) {
            BlockBuffers.giveBack(buffer);
        }

        assertThat(BlockBuffers.borrow(450)).isSameAs(given[4]);
        assertThat(BlockBuffers.borrow(1)).isIn(given[1], given[2], given[3]);
        assertThat(BlockBuffers.borrow(1)).isIn(given[1], given[2], given[3]);
        assertThat(BlockBuffers.borrow(1)).isIn(given[1], given[2], given[3]);
        assertThat(BlockBuffers.borrow(1)).isNotIn((Object[]) given);
    }

    @Test
    void a_blocks_items_are_compressed_once_and_its_buffer_then_serves_the_next_block() {
        RawBlock.Items items = new RawBlock.Items(2, 16);
        items.addText("{\"a\":1}");
        items.addText("{\"b\":2}");

        byte[] block = items.compressed();

        assertThat(RawBlock.unpack(block).event(1)).isEqualTo("{\"b\":2}");
        org.assertj.core.api.Assertions.assertThatThrownBy(items::compressed)
                .isInstanceOf(IllegalStateException.class);
        RawBlock.Items next = new RawBlock.Items(1, 16);
        next.addText("{\"c\":3}");
        assertThat(RawBlock.unpack(next.compressed()).event(0)).isEqualTo("{\"c\":3}");
    }

    /** A thread of its own, whose buffers no other test gave back. */
    private static void onNewThread(Runnable test) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                test.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        thread.start();
        try {
            done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        }
    }
}
