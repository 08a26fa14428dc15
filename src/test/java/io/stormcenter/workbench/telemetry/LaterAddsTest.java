package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
}
