package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store written by a workbench of schema 1 (wide rows, the actor as JSON, the events' JSON in
 * each row) is brought to the current schema when opened, on SQLite and PostgreSQL, and keeps every
 * observation whole: times, actor, object, every match, the event's own JSON.
 */
class StoreMigrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03.123456789Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** More than one block of events' JSON (the migration packs 2,000 rows per block). */
    private static final int ROWS = 2_345;

    @TempDir
    Path folder;

    private static Observation observation(int i) {
        boolean audit = i % 3 == 0;
        Actor actor = audit
                ? new Actor("user-" + (i % 7), List.of("system:authenticated", "team-" + (i % 2)), null,
                        List.of("203.0.113." + (i % 250)), "kubectl/v1.30.2", null, null, null, null, null, null, null,
                        null, null)
                : new Actor(null, List.of(), null, List.of(), null, "worker-" + (i % 3), "payments", "api-" + (i % 5),
                        "containerd://" + i, "/usr/bin/cat", "/etc/shadow \u00e9", "exec-" + i, "exec-" + (i / 10), "1000");
        List<TripwireMatch> matches = i % 5 == 0
                ? List.of(new TripwireMatch("tw-" + (i % 4), "node-" + (i % 4), Outcome.COUNTED, null),
                        new TripwireMatch("tw-any", "node-any", Outcome.EXCLUDED, "identity 'x' is excluded"))
                : List.of();
        Instant time = T0.plusMillis(37L * i);
        return new Observation(time, time.plusMillis(250), audit ? SensorKind.AUDIT : SensorKind.TETRAGON,
                i % 2 == 0 ? "receiver" : "file", actor, i % 4 == 0 ? null : "secrets/payments/db-" + i, matches,
                (audit ? "audit:" : "tetragon:") + String.format("%06d", i), "{\"n\":" + i + ",\"s\":\"\u00fc\"}");
    }

    /** Writes the observations as schema 1 did: one wide row each, the actor as {@link Actor#fields()} JSON. */
    private static void writeFirstVersion(StoreLocation location, List<Observation> observations) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
                for (String sql : StoreSchema.firstVersion()) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version (version) VALUES (1)");
            }
            try (PreparedStatement row = connection.prepareStatement("INSERT INTO observations (dedup_key, event_time, "
                    + "received_time, source, origin, outcome, tripwire, node, actor, object, raw) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement match = connection.prepareStatement("INSERT INTO observation_matches "
                         + "(dedup_key, tripwire, node, outcome, reason) VALUES (?, ?, ?, ?, ?)")) {
                for (Observation o : observations) {
                    row.setString(1, o.dedupKey());
                    row.setLong(2, JdbcObservationStore.nanos(o.eventTime()));
                    row.setLong(3, JdbcObservationStore.nanos(o.receivedTime()));
                    row.setString(4, o.source().key());
                    row.setString(5, o.origin());
                    row.setString(6, o.outcome().key());
                    row.setString(7, o.tripwireId());
                    row.setString(8, o.nodeId());
                    row.setString(9, JSON.writeValueAsString(o.actor().fields()));
                    row.setString(10, o.object());
                    row.setString(11, o.raw());
                    row.addBatch();
                    for (TripwireMatch m : o.matches()) {
                        match.setString(1, o.dedupKey());
                        match.setString(2, m.tripwireId());
                        match.setString(3, m.nodeId());
                        match.setString(4, m.outcome().key());
                        match.setString(5, m.reason());
                        match.addBatch();
                    }
                }
                row.executeBatch();
                match.executeBatch();
            }
            connection.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_first_version_store_is_migrated_on_open_and_keeps_every_observation_whole(StoreBackend backend)
            throws Exception {
        // given a store of schema 1 with audit and runtime observations, some with two matches
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> written = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            written.add(observation(i));
        }
        writeFirstVersion(location, written);

        // when a workbench of the current schema opens it
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // then every observation reads back as it was written, newest first
            List<Observation> newestFirst = new ArrayList<>(written);
            newestFirst.sort(Comparator.comparing(Observation::eventTime).reversed());
            assertThat(store.find(ObservationQuery.all())).containsExactlyElementsOf(newestFirst);
            // and the queries by trip-wire, node, source and window still select the same observations
            assertThat(store.count(ObservationQuery.all().tripwire("tw-any"))).isEqualTo((ROWS + 4) / 5);
            assertThat(store.find(ObservationQuery.all().node("node-2"))).extracting(Observation::dedupKey)
                    .containsExactlyElementsOf(newestFirst.stream().filter(o -> o.matches().stream()
                            .anyMatch(m -> "node-2".equals(m.nodeId()))).map(Observation::dedupKey).toList());
            assertThat(store.count(ObservationQuery.all().from(SensorKind.AUDIT))).isEqualTo((ROWS + 2) / 3);
            List<Observation> scanned = new ArrayList<>();
            store.scan(ObservationQuery.all().since(T0.plusMillis(37L * 100)).until(T0.plusMillis(37L * 2100)),
                    Set.of(SensorKind.AUDIT), scanned::add);
            assertThat(scanned).extracting(Observation::dedupKey)
                    .containsExactlyElementsOf(written.subList(100, 2100).stream().map(Observation::dedupKey).toList());
            assertThat(scanned.get(2).raw()).isEqualTo(written.get(102).raw());
            assertThat(scanned.get(1).raw()).as("runtime events' JSON is not read by a scan for audit").isEmpty();
            assertThat(scanned.get(1).actor()).isEqualTo(written.get(101).actor());
            // and an event delivered again after the migration is still known
            assertThat(store.add(List.of(written.get(7))).known()).isEqualTo(1);
        }
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT version FROM schema_version")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getInt(1)).isEqualTo(StoreSchema.CURRENT).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void an_empty_first_version_store_is_migrated_and_takes_new_observations(StoreBackend backend) throws Exception {
        // given
        StoreLocation location = backend.freshLocation(folder);
        writeFirstVersion(location, List.of());
        // when
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            ObservationStore.AddResult added = store.add(List.of(observation(0), observation(1)));
            // then
            assertThat(added.added()).isEqualTo(2);
            assertThat(store.find(ObservationQuery.all())).containsExactly(observation(1), observation(0));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void rows_stored_before_and_after_the_migration_read_alike_in_one_query(StoreBackend backend) throws Exception {
        // given a store of schema 1 whose rows keep their details in the row, migrated on open
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> old = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            old.add(observation(2 * i));
        }
        writeFirstVersion(location, old);
        List<Observation> fresh = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            fresh.add(observation(2 * i + 1));
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // when observations interleaved in time with the old are added (their details go to their block)
            assertThat(store.add(fresh).added()).isEqualTo(300);
        }
        // then, opened again, one query and one scan read old and new whole, in time order
        List<Observation> all = new ArrayList<>(old);
        all.addAll(fresh);
        all.sort(Comparator.comparing(Observation::eventTime));
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            List<Observation> newestFirst = new ArrayList<>(all);
            java.util.Collections.reverse(newestFirst);
            assertThat(store.find(ObservationQuery.all())).containsExactlyElementsOf(newestFirst);
            List<Observation> scanned = new ArrayList<>();
            store.scan(ObservationQuery.all(), Set.of(SensorKind.AUDIT, SensorKind.TETRAGON), scanned::add);
            assertThat(scanned).containsExactlyElementsOf(all);
            assertThat(store.count(ObservationQuery.all().node("node-1"))).isEqualTo(all.stream()
                    .filter(o -> o.matches().stream().anyMatch(m -> "node-1".equals(m.nodeId()))).count());
            assertThat(store.add(List.of(old.get(3), fresh.get(4))).known()).isEqualTo(2);
        }
    }
}
