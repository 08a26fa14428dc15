package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Batches handed over without waiting for their commit ({@link ObservationStore#addLater}), on SQLite and PostgreSQL. */
class LaterAddsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:18:01.000000001Z");

    @TempDir
    Path folder;

    private static Observation event(int n) {
        Instant time = T0.plusMillis(n);
        return new Observation(time, time.plusMillis(40), SensorKind.FALCO, "cluster", Actor.NONE, null,
                n % 3 == 0 ? List.of(new TripwireMatch("tw-shell", "shell", Outcome.COUNTED, null)) : List.of(),
                "falco:" + n, "{\"n\":" + n + "}");
    }

    private static ObservationBatch batch(ObservationStore store, List<Observation> observations) {
        ObservationBatch batch = store.batch(observations.size());
        observations.forEach(batch::add);
        return batch;
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void batches_handed_over_one_after_another_are_committed_in_that_order(StoreBackend backend) {
        // given ten batches handed over without waiting, each repeating the last event of the one before
        try (JdbcObservationStore store = JdbcObservationStore.open(backend.freshLocation(folder))) {
            List<CompletableFuture<ObservationStore.AddResult>> later = new ArrayList<>();
            List<List<Observation>> handed = new ArrayList<>();
            for (int b = 0; b < 10; b++) {
                List<Observation> observations = new ArrayList<>();
                if (b > 0) {
                    observations.add(event(b * 100 - 1));
                }
                for (int n = b * 100; n < b * 100 + 100; n++) {
                    observations.add(event(n));
                }
                handed.add(observations);
                // when
                later.add(store.addLater(batch(store, observations)));
            }

            // then each finds the repeat already stored: the batch before it was committed first
            for (int b = 0; b < 10; b++) {
                ObservationStore.AddResult result = ObservationStoreException.await(later.get(b));
                List<Observation> fresh = b == 0 ? handed.get(b) : handed.get(b).subList(1, 101);
                assertThat(result).isEqualTo(new ObservationStore.AddResult(fresh, b == 0 ? 0 : 1));
            }
            assertThat(store.count(ObservationQuery.all())).isEqualTo(1000);
            assertThat(store.count(ObservationQuery.all().tripwire("tw-shell"))).isEqualTo(334);
            assertThat(store.find(ObservationQuery.all().limit(1))).containsExactly(event(999));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void what_was_handed_over_is_committed_before_the_store_closes_and_nothing_after(StoreBackend backend) {
        // given batches handed over, and the store closed at once, before any is known committed
        StoreLocation location = backend.freshLocation(folder);
        List<CompletableFuture<ObservationStore.AddResult>> later = new ArrayList<>();
        JdbcObservationStore store = JdbcObservationStore.open(location);
        for (int b = 0; b < 5; b++) {
            List<Observation> observations = new ArrayList<>();
            for (int n = b * 300; n < b * 300 + 300; n++) {
                observations.add(event(n));
            }
            later.add(store.addLater(batch(store, observations)));
        }
        store.close();

        // then every batch was committed, and a reopened store has them all
        assertThat(later).allSatisfy(f -> assertThat(f).isCompleted());
        assertThat(later).allSatisfy(f -> assertThat(ObservationStoreException.await(f).added()).isEqualTo(300));
        try (JdbcObservationStore reopened = JdbcObservationStore.open(location)) {
            assertThat(reopened.count(ObservationQuery.all())).isEqualTo(1500);
        }
        // and a batch handed to the closed store fails clearly, instead of waiting forever
        CompletableFuture<ObservationStore.AddResult> tooLate = store.addLater(batch(store, List.of(event(5000))));
        assertThatThrownBy(() -> ObservationStoreException.await(tooLate))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("is closed");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void batches_of_many_writers_at_once_are_each_committed_once_while_a_reader_reads(StoreBackend backend)
            throws Exception {
        // given four writers that hand over a batch each at the same moment, round after round, and then wait
        // for it (a writer that finds another committing leaves its batch to that one, so a batch left behind
        // with nobody to commit it would stall its round), each batch repeating an event of another writer's,
        // and a reader counting meanwhile
        int writers = 4;
        int rounds = 60;
        int perBatch = 40;
        try (JdbcObservationStore store = JdbcObservationStore.open(backend.freshLocation(folder))) {
            ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
            AtomicBoolean writing = new AtomicBoolean(true);
            CyclicBarrier together = new CyclicBarrier(writers);
            try {
                Future<Long> reads = pool.submit(() -> {
                    long counted = 0;
                    while (writing.get()) {
                        counted += store.count(ObservationQuery.all()) >= 0 ? 1 : 0;
                    }
                    return counted;
                });
                List<Future<List<ObservationStore.AddResult>>> written = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    written.add(pool.submit(() -> {
                        List<ObservationStore.AddResult> results = new ArrayList<>();
                        for (int round = 0; round < rounds; round++) {
                            int first = (round * writers + writer) * perBatch;
                            List<Observation> observations = new ArrayList<>();
                            for (int n = first; n < first + perBatch; n++) {
                                observations.add(event(n));
                            }
                            // another writer's event, which that writer hands over too
                            observations.add(event((round * writers + (writer + 1) % writers) * perBatch));
                            ObservationBatch batch = batch(store, observations);
                            together.await(30, TimeUnit.SECONDS);
                            // when
                            results.add(store.addLater(batch).get(30, TimeUnit.SECONDS));
                        }
                        return results;
                    }));
                }
                long added = 0;
                long known = 0;
                for (Future<List<ObservationStore.AddResult>> one : written) {
                    for (ObservationStore.AddResult result : one.get(120, TimeUnit.SECONDS)) {
                        added += result.added();
                        known += result.known();
                    }
                }
                writing.set(false);
                assertThat(reads.get(60, TimeUnit.SECONDS)).isPositive();

                // then every batch was committed in its round, and each event is stored once however often it came
                long events = (long) writers * rounds * perBatch;
                assertThat(added).isEqualTo(events);
                assertThat(known).isEqualTo((long) writers * rounds);
                assertThat(store.count(ObservationQuery.all())).isEqualTo(events);
                assertThat(store.count(ObservationQuery.all().tripwire("tw-shell"))).isEqualTo((events + 2) / 3);
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
        }
    }
}
