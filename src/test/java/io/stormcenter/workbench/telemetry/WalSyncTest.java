package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite store acknowledges a batch only once its write-ahead log is synced. */
class WalSyncTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:18:01.000000001Z");

    @TempDir
    Path folder;

    private static PendingAdd pending(int n) {
        Observation observation = new Observation(T0.plusMillis(n), T0.plusMillis(n + 40), SensorKind.FALCO, "cluster",
                Actor.NONE, null, List.of(), "falco:" + n, "{}");
        return PendingAdd.packed(PackedBatch.of(List.of(observation)));
    }

    /** A log whose sync waits until the test lets it, and counts. */
    private static final class HeldLog implements WalSync.Log {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger syncs = new AtomicInteger();
        volatile IOException failure;

        @Override
        public void sync() throws IOException {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            syncs.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void close() {
            // nothing held
        }

        @Override
        public String name() {
            return "obs.db-wal";
        }
    }

    @Test
    void committed_batches_complete_only_after_the_log_is_synced_and_share_one_sync() throws Exception {
        // given two batches committed while the log's sync is still under way
        HeldLog log = new HeldLog();
        WalSync sync = new WalSync(log, "obs.db");
        PendingAdd first = pending(1);
        PendingAdd second = pending(2);
        sync.committed(first, new ObservationStore.AddResult(first.observations, 0));
        sync.committed(second, new ObservationStore.AddResult(List.of(), 1));
        Thread.sleep(200);

        // then neither is acknowledged yet
        assertThat(first.settled()).isNotDone();
        assertThat(second.settled()).isNotDone();

        // when the disk has them, both are, with their commits' results
        log.release.countDown();
        assertThat(first.settled().get(10, TimeUnit.SECONDS).added()).isEqualTo(1);
        assertThat(second.settled().get(10, TimeUnit.SECONDS).known()).isEqualTo(1);
        sync.close();
        assertThat(log.syncs.get()).isBetween(1, 2);
    }

    @Test
    void a_failed_sync_fails_its_batches_with_the_reason_and_the_next_ones_still_complete() throws Exception {
        HeldLog log = new HeldLog();
        log.failure = new IOException("No space left on device");
        log.release.countDown();
        WalSync sync = new WalSync(log, "obs.db");
        PendingAdd lost = pending(1);
        sync.committed(lost, new ObservationStore.AddResult(lost.observations, 0));
        assertThatThrownBy(() -> ObservationStoreException.await(lost.settled()))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessage("cannot make the observations committed to obs.db durable (syncing obs.db-wal: No space left "
                        + "on device); they are not acknowledged, and a redelivery adds them once");

        log.failure = null;
        PendingAdd next = pending(2);
        sync.committed(next, new ObservationStore.AddResult(next.observations, 0));
        assertThat(next.settled().get(10, TimeUnit.SECONDS).added()).isEqualTo(1);
        sync.close();
    }

    @Test
    void a_store_whose_log_was_deleted_under_it_refuses_to_acknowledge_and_says_which_file() throws Exception {
        // given a SQLite store whose write-ahead log someone deleted before anything was added
        Path file = folder.resolve("obs.db");
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(file))) {
            Files.delete(folder.resolve("obs.db-wal"));
            // when a batch is added, then it is not acknowledged, and the message names the log
            CompletableFuture<ObservationStore.AddResult> added = store.addLater(batchOf(store, 7));
            assertThatThrownBy(() -> ObservationStoreException.await(added))
                    .isInstanceOf(ObservationStoreException.class)
                    .hasMessageContaining("durable (syncing obs.db-wal:");
        }
    }

    private static ObservationBatch batchOf(ObservationStore store, int n) {
        ObservationBatch batch = store.batch(1);
        batch.add(new Observation(T0.plusMillis(n), T0.plusMillis(n + 40), SensorKind.FALCO, "cluster", Actor.NONE, null,
                List.of(), "falco:" + n, "{}"));
        return batch;
    }
}
