package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same store behaviour on SQLite and PostgreSQL. */
class ObservationStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03.123456789Z");

    @TempDir
    Path folder;

    private static Observation observation(String key, Instant time, SensorKind source, TripwireMatch... matches) {
        Actor actor = new Actor("mallory", List.of("system:authenticated", "devs"), "system:serviceaccount:x:y",
                List.of("203.0.113.50"), "kubectl/v1.30.2", "worker-1", "payments", "api-7f9c", "containerd://3ad1",
                "/usr/bin/cat", "/etc/shadow", "ZXhlYzE=", "cGFyZW50", "1000");
        return new Observation(time, time.plusMillis(250), source, "receiver", actor, "secrets/payments/db",
                List.of(matches), key, "{\"k\":\"" + key + "\"}");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void stored_observations_come_back_whole_newest_first(StoreBackend backend) {
        // given
        StoreLocation location = backend.freshLocation(folder);
        Observation older = observation("audit:a:ResponseComplete", T0, SensorKind.AUDIT,
                new TripwireMatch("tw-db", "steal-db", Outcome.COUNTED, null),
                new TripwireMatch("tw-any-secret", "list-secrets", Outcome.EXCLUDED, "identity 'x' is excluded by the plan"));
        Observation newer = observation("tetragon:b", T0.plusSeconds(5), SensorKind.TETRAGON);
        // when
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            ObservationStore.AddResult added = store.add(List.of(older, newer));
            // then
            assertThat(added).isEqualTo(new ObservationStore.AddResult(List.of(older, newer), 0));
            List<Observation> found = store.find(ObservationQuery.all());
            assertThat(found).containsExactly(newer, older);
            assertThat(found.get(1).eventTime()).isEqualTo(T0);
            assertThat(found.get(1).outcome()).isEqualTo(Outcome.COUNTED);
            assertThat(found.get(1).tripwireId()).isEqualTo("tw-db");
            assertThat(found.get(0).outcome()).isEqualTo(Outcome.UNMATCHED);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_scan_hands_over_the_window_oldest_first_with_every_match_and_only_the_asked_sensors_json(
            StoreBackend backend) {
        // given two audit events at one instant (stored in reverse key order, one with two matches), a runtime
        // event before them and one after the window
        StoreLocation location = backend.freshLocation(folder);
        Observation runtime = observation("tetragon:0", T0, SensorKind.TETRAGON,
                new TripwireMatch("tw-open", "read-token", Outcome.COUNTED, null));
        Observation b = observation("audit:b", T0.plusSeconds(1), SensorKind.AUDIT,
                new TripwireMatch("tw-db", "steal-db", Outcome.COUNTED, null),
                new TripwireMatch("tw-any-secret", "list-secrets", Outcome.DENIED, null));
        Observation a = observation("audit:a", T0.plusSeconds(1), SensorKind.AUDIT);
        Observation late = observation("audit:c", T0.plusSeconds(60), SensorKind.AUDIT);
        List<Observation> scanned = new ArrayList<>();
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(List.of(late, b, a, runtime));

            // when
            store.scan(ObservationQuery.all().until(T0.plusSeconds(60)), java.util.Set.of(SensorKind.AUDIT),
                    scanned::add);
        }

        // then
        assertThat(scanned).extracting(Observation::dedupKey).containsExactly("tetragon:0", "audit:a", "audit:b");
        assertThat(scanned.get(2).matches()).extracting(TripwireMatch::tripwireId)
                .containsExactly("tw-db", "tw-any-secret");
        assertThat(scanned.get(2).raw()).isEqualTo(b.raw());
        assertThat(scanned.get(0).raw()).isEmpty();
        assertThat(scanned.get(0).matches()).isEqualTo(runtime.matches());
        assertThat(scanned.get(0).actor()).isEqualTo(runtime.actor());
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_scan_across_more_interleaved_batches_than_a_read_keeps_reads_every_observation_whole(
            StoreBackend backend) {
        // given 100 batches whose observations interleave in time, so that a scan in time order
        // visits every batch again for each instant: more batches than a read keeps uncompressed
        StoreLocation location = backend.freshLocation(folder);
        int batches = 100;
        int perBatch = 30;
        List<Observation> all = new ArrayList<>();
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            for (int b = 0; b < batches; b++) {
                List<Observation> batch = new ArrayList<>();
                for (int j = 0; j < perBatch; j++) {
                    Actor actor = new Actor(null, List.of(), null, List.of(), null, "worker-" + b, "payments",
                            "pod-" + b + "-" + j, null, "/usr/bin/cat", null, null, null, null);
                    batch.add(new Observation(T0.plusMillis(100L * j + b), T0, SensorKind.TETRAGON, "cluster", actor,
                            "/etc/passwd", List.of(), String.format("tetragon:%03d:%03d", j, b), "{\"b\":" + b + "}"));
                }
                store.add(batch);
                all.addAll(batch);
            }
            // when the whole store is scanned in time order, the events' JSON included
            List<Observation> scanned = new ArrayList<>();
            store.scan(ObservationQuery.all(), java.util.Set.of(SensorKind.TETRAGON), scanned::add);

            // then every observation comes back once, whole, in time order
            all.sort(java.util.Comparator.comparing(Observation::eventTime));
            assertThat(scanned).containsExactlyElementsOf(all);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void an_event_stored_again_is_a_no_op(StoreBackend backend) {
        // given
        StoreLocation location = backend.freshLocation(folder);
        Observation first = observation("falco:1", T0, SensorKind.FALCO,
                new TripwireMatch("tw-shell", "shell", Outcome.COUNTED, null));
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(List.of(first));
            // when: redelivered, once alone and once inside a batch that also carries a new event twice
            Observation redelivered = new Observation(T0, T0.plusSeconds(60), SensorKind.FALCO, "kafka:falco",
                    Actor.NONE, null, List.of(), "falco:1", "{}");
            ObservationStore.AddResult again = store.add(List.of(redelivered));
            Observation fresh = observation("falco:2", T0.plusSeconds(1), SensorKind.FALCO);
            ObservationStore.AddResult mixed = store.add(List.of(redelivered, fresh, fresh));
            // then
            assertThat(again).isEqualTo(new ObservationStore.AddResult(List.of(), 1));
            assertThat(mixed).isEqualTo(new ObservationStore.AddResult(List.of(fresh), 2));
            assertThat(store.count(ObservationQuery.all())).isEqualTo(2);
            assertThat(store.find(ObservationQuery.all().tripwire("tw-shell"))).containsExactly(first);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void queries_select_by_window_source_tripwire_and_node(StoreBackend backend) {
        // given: one observation a minute, alternating sources, every third on a trip-wire
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SensorKind source = i % 2 == 0 ? SensorKind.AUDIT : SensorKind.TETRAGON;
            TripwireMatch[] matches = i % 3 == 0
                    ? new TripwireMatch[] {new TripwireMatch("tw-" + (i % 6), "node-" + (i % 6), Outcome.COUNTED, null)}
                    : new TripwireMatch[0];
            all.add(observation("key-" + i, T0.plusSeconds(60L * i), source, matches));
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(all);
            // when
            List<Observation> window = store.find(ObservationQuery.all().since(T0.plusSeconds(120))
                    .until(T0.plusSeconds(300)));
            List<Observation> audit = store.find(ObservationQuery.all().from(SensorKind.AUDIT).limit(2));
            List<Observation> tripwire = store.find(ObservationQuery.all().tripwire("tw-0"));
            List<Observation> node = store.find(ObservationQuery.all().node("node-3").from(SensorKind.TETRAGON));
            // then
            assertThat(window).extracting(Observation::dedupKey).containsExactly("key-4", "key-3", "key-2");
            assertThat(audit).extracting(Observation::dedupKey).containsExactly("key-10", "key-8");
            assertThat(store.count(ObservationQuery.all().from(SensorKind.AUDIT).limit(2))).isEqualTo(6);
            assertThat(tripwire).extracting(Observation::dedupKey).containsExactly("key-6", "key-0");
            assertThat(node).extracting(Observation::dedupKey).containsExactly("key-9", "key-3");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_reopened_store_keeps_its_observations_and_schema_version(StoreBackend backend) throws Exception {
        // given
        StoreLocation location = backend.freshLocation(folder);
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(List.of(observation("k", T0, SensorKind.AUDIT)));
        }
        // when
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // then
            assertThat(store.count(ObservationQuery.all())).isEqualTo(1);
        }
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(StoreSchema.CURRENT);
            assertThat(rows.next()).as("one version row").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_store_from_a_newer_workbench_is_refused(StoreBackend backend) throws Exception {
        // given
        StoreLocation location = backend.freshLocation(folder);
        JdbcObservationStore.open(location).close();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE schema_version SET version = " + (StoreSchema.CURRENT + 1));
        }
        // when / then
        assertThatThrownBy(() -> JdbcObservationStore.open(location))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("newer than this workbench knows");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_sqlite_store_is_one_file_in_wal_mode(StoreBackend backend) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.SQLITE, "SQLite only");
        // given
        StoreLocation location = backend.freshLocation(folder);
        // when
        JdbcObservationStore.open(location).close();
        // then
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_missing_folder_is_a_clear_error(StoreBackend backend) {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.SQLITE, "SQLite only");
        StoreLocation location = StoreLocation.file(folder.resolve("nowhere").resolve("x.db"));
        assertThatThrownBy(() -> JdbcObservationStore.open(location))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("does not exist");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void batches_added_at_once_from_many_threads_each_store_every_event_exactly_once(StoreBackend backend)
            throws Exception {
        // given 6 sources adding 40 batches of 25 each at once, every event delivered by two of them
        StoreLocation location = backend.freshLocation(folder);
        int sources = 6;
        int batches = 40;
        int perBatch = 25;
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // when
            ConcurrentAdds.Totals totals = ConcurrentAdds.run(store, sources, batches, (source, b) -> {
                List<Observation> batch = new ArrayList<>();
                for (int e = 0; e < perBatch; e++) {
                    batch.add(observation("tetragon:" + source / 2 + "-" + b + "-" + e, T0.plusMillis(b * 100L + e),
                            SensorKind.TETRAGON, new TripwireMatch("tw", "n", Outcome.COUNTED, null)));
                }
                return batch;
            });
            // then
            int distinct = sources / 2 * batches * perBatch;
            assertThat(totals).isEqualTo(new ConcurrentAdds.Totals(distinct, distinct));
            assertThat(store.count(ObservationQuery.all())).isEqualTo(distinct);
            assertThat(store.count(ObservationQuery.all().tripwire("tw"))).isEqualTo(distinct);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void stores_opening_the_same_fresh_database_at_once_migrate_it_once(StoreBackend backend) throws Exception {
        for (int round = 0; round < 12; round++) {
            // given a fresh database and four workbenches about to open it at the same moment
            StoreLocation location = backend.freshLocation(folder);
            int openers = 4;
            CyclicBarrier together = new CyclicBarrier(openers);
            ExecutorService pool = Executors.newFixedThreadPool(openers);
            List<Future<Long>> opened = new ArrayList<>();
            for (int i = 0; i < openers; i++) {
                int n = i;
                opened.add(pool.submit(() -> {
                    together.await();
                    // when each opens it and stores one observation
                    try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
                        store.add(List.of(observation("falco:" + n, T0.plusSeconds(n), SensorKind.FALCO)));
                        return store.count(ObservationQuery.all());
                    }
                }));
            }
            // then none failed, the schema is at the current version once, and every observation is there
            for (Future<Long> result : opened) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isBetween(1L, (long) openers);
            }
            pool.shutdown();
            try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(StoreSchema.CURRENT);
                assertThat(rows.next()).as("one version row").isFalse();
            }
            try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
                assertThat(store.count(ObservationQuery.all())).isEqualTo(openers);
            }
        }
    }
}
