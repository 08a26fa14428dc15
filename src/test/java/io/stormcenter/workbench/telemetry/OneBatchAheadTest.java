package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OneBatchAheadTest {

    /** A sink whose commits the test completes, one per batch handed over, in order. */
    private static final class HeldCommits implements EventSink {

        final List<CompletableFuture<BatchResult>> commits = new CopyOnWriteArrayList<>();
        final List<String> awaited = new CopyOnWriteArrayList<>();

        @Override
        public BatchResult ingest(EventBatch batch) {
            throw new AssertionError("a source handing batches ahead does not wait in ingest");
        }

        @Override
        public PendingBatch ingestLater(EventBatch batch) {
            CompletableFuture<BatchResult> commit = new CompletableFuture<>();
            commits.add(commit);
            return () -> {
                awaited.add(batch.origin());
                return ObservationStoreException.await(commit);
            };
        }
    }

    private static EventBatch batch(String name, int events) {
        List<RawEvent> raw = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            raw.add(new RawEvent(SensorKind.FALCO, "{}", name + ":" + i));
        }
        return new EventBatch(name, raw);
    }

    private static BatchResult stored(int events) {
        return new BatchResult(events, events, 0, 0, List.of());
    }

    @Test
    void a_batch_is_acknowledged_only_once_committed_in_order_while_the_next_is_read() throws Exception {
        // given a source handing over its first batch
        HeldCommits sink = new HeldCommits();
        OneBatchAhead ahead = new OneBatchAhead(sink);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        ahead.hand(batch("first", 3), result -> acknowledged.add("first " + result.stored()));
        assertThat(acknowledged).isEmpty();

        // when it hands over the second while the first is still being committed
        CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
                ahead.hand(batch("second", 2), result -> acknowledged.add("second " + result.stored())));
        Thread.sleep(200);

        // then the second is with the store, but waits for the first's commit; nothing is acknowledged
        assertThat(sink.commits).hasSize(2);
        assertThat(second).isNotDone();
        assertThat(acknowledged).isEmpty();

        // and once the first commits, only it is acknowledged; the second when it commits in turn
        sink.commits.get(0).complete(stored(3));
        second.get(10, TimeUnit.SECONDS);
        assertThat(acknowledged).containsExactly("first 3");
        sink.commits.get(1).complete(stored(2));
        ahead.finish();
        assertThat(acknowledged).containsExactly("first 3", "second 2");
        ahead.finish();
        assertThat(acknowledged).hasSize(2);
    }

    @Test
    void when_a_commit_fails_neither_it_nor_the_batch_after_it_is_acknowledged_and_none_is_left_in_flight()
            throws Exception {
        // given a batch the store cannot commit
        HeldCommits sink = new HeldCommits();
        OneBatchAhead ahead = new OneBatchAhead(sink);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        ahead.hand(batch("first", 3), result -> acknowledged.add("first"));
        sink.commits.get(0).completeExceptionally(new ObservationStoreException("disk full"));

        // when the next is handed over
        CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
                ahead.hand(batch("second", 1), result -> acknowledged.add("second")));
        Thread.sleep(200);

        // then the hand-over waits until the store is done with the later batch too, then fails
        assertThat(second).isNotDone();
        sink.commits.get(1).complete(stored(1));
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(ObservationStoreException.class)
                .hasRootCauseMessage("disk full");
        assertThat(acknowledged).isEmpty();
        assertThat(sink.awaited).containsExactly("first", "second");
        ahead.finish();
        assertThat(sink.awaited).hasSize(2);
    }
}
