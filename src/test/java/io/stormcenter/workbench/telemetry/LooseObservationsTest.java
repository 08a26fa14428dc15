package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * Unmatched runtime events whose key names their time are kept only in their batch's blocks
 * (schema 4): read back as if they had rows, and still stored exactly once.
 */
class LooseObservationsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03.123456789Z");

    @TempDir
    Path folder;

    /** An observation as the normaliser makes one for a runtime event at {@code time}. */
    private static Observation runtime(String name, Instant time, TripwireMatch... matches) {
        Actor actor = new Actor(null, List.of(), null, List.of(), null, "worker-1", "payments", "api-" + name,
                "containerd://3ad1", "/usr/bin/cat", "/etc/passwd", "ZXhlYzE=", "cGFyZW50", null);
        return new Observation(time, time.plusMillis(40), SensorKind.TETRAGON, "cluster", actor, "/etc/passwd",
                List.of(matches), EventNormaliser.timedKey("tetragon", time, EventNormaliser.digest(name)),
                "{\"name\":\"" + name + "\"}");
    }

    private static TripwireMatch counted() {
        return new TripwireMatch("tw-token", "read-token", Outcome.COUNTED, null);
    }

    private static long rows(StoreLocation location, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void unmatched_runtime_events_get_no_rows_and_read_back_whole_between_the_matched_ones(StoreBackend backend)
            throws Exception {
        // given two batches interleaved in time (two nodes' streams), a matched event in each, and an
        // unmatched audit event (whose key does not carry its time) at the same instant as a loose one
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> first = new ArrayList<>();
        List<Observation> second = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(runtime("a" + i, T0.plusMillis(10L * i), i == 5 ? new TripwireMatch[] {counted()}
                    : new TripwireMatch[0]));
            second.add(runtime("b" + i, T0.plusMillis(10L * i + 5), i == 9 ? new TripwireMatch[] {counted()}
                    : new TripwireMatch[0]));
        }
        Observation audit = new Observation(T0.plusMillis(50), T0.plusMillis(60), SensorKind.AUDIT, "receiver",
                Actor.NONE, "secrets/x", List.of(), "audit:1:ResponseComplete", "{\"audit\":1}");
        second.add(audit);
        List<Observation> all = new ArrayList<>(first);
        all.addAll(second);
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // when
            ObservationStore.AddResult added = store.add(first);
            store.add(second);

            // then only the matched ones and the audit event are rows
            assertThat(added.stored()).containsExactlyElementsOf(first);
            assertThat(rows(location, "observations")).isEqualTo(3);
            assertThat(rows(location, "observation_loose")).isEqualTo(2);
            // and reads see every observation whole, in the orders they promise
            List<Observation> newestFirst = all.stream().sorted(Comparator.comparing(Observation::eventTime)
                    .reversed().thenComparing(Observation::dedupKey)).toList();
            assertThat(store.find(ObservationQuery.all())).containsExactlyElementsOf(newestFirst);
            assertThat(store.find(ObservationQuery.all().limit(7))).containsExactlyElementsOf(newestFirst.subList(0, 7));
            List<Observation> scanned = new ArrayList<>();
            store.scan(ObservationQuery.all(), Set.of(SensorKind.TETRAGON, SensorKind.AUDIT), scanned::add);
            List<Observation> oldestFirst = all.stream().sorted(Comparator.comparing(Observation::eventTime)
                    .thenComparing(Observation::dedupKey)).toList();
            assertThat(scanned).containsExactlyElementsOf(oldestFirst);
            List<Observation> withoutJson = new ArrayList<>();
            store.scan(ObservationQuery.all(), Set.of(SensorKind.AUDIT), withoutJson::add);
            assertThat(withoutJson).extracting(Observation::raw).filteredOn(String::isEmpty).hasSize(40);
            assertThat(store.count(ObservationQuery.all())).isEqualTo(41);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void queries_by_window_source_limit_tripwire_and_node_select_loose_observations_as_rows(StoreBackend backend) {
        // given an observation every second, every fourth matched, in batches of 10 that split the window
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(runtime("e" + i, T0.plusSeconds(i), i % 4 == 0 ? new TripwireMatch[] {counted()}
                    : new TripwireMatch[0]));
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            for (int from = 0; from < all.size(); from += 10) {
                store.add(all.subList(from, from + 10));
            }
            ObservationQuery window = ObservationQuery.all().since(T0.plusSeconds(5)).until(T0.plusSeconds(23));

            // when / then
            List<String> inWindow = new ArrayList<>(all.subList(5, 23).stream().map(Observation::dedupKey).toList());
            java.util.Collections.reverse(inWindow);
            assertThat(store.find(window)).extracting(Observation::dedupKey).containsExactlyElementsOf(inWindow);
            assertThat(store.count(window)).isEqualTo(18);
            assertThat(store.find(window.limit(3))).containsExactly(all.get(22), all.get(21), all.get(20));
            assertThat(store.count(window.from(SensorKind.TETRAGON))).isEqualTo(18);
            assertThat(store.count(window.from(SensorKind.FALCO))).isZero();
            assertThat(store.find(window.from(SensorKind.FALCO))).isEmpty();
            assertThat(store.find(window.tripwire("tw-token"))).containsExactly(all.get(20), all.get(16), all.get(12),
                    all.get(8));
            assertThat(store.count(ObservationQuery.all().node("read-token"))).isEqualTo(10);
            List<Observation> scanned = new ArrayList<>();
            store.scan(window, Set.of(), scanned::add);
            assertThat(scanned).extracting(Observation::dedupKey).containsExactlyElementsOf(
                    all.subList(5, 23).stream().map(Observation::dedupKey).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_loose_event_delivered_again_is_known_also_to_a_reopened_store_and_across_row_and_block(
            StoreBackend backend) {
        // given loose events, and a matched event stored as a row
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> loose = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            loose.add(runtime("l" + i, T0.plusMillis(i)));
        }
        Observation matched = runtime("m", T0.plusMillis(3), counted());
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(loose);
            store.add(List.of(matched));
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // when the same events come again: as they were, twice in one batch beside a new one, and the
            // matched one unmatched (a plan deployed again) while a loose one now matches
            Observation fresh = runtime("new", T0.plusMillis(4));
            Observation matchedNoMore = new Observation(matched.eventTime(), matched.receivedTime(), matched.source(),
                    matched.origin(), matched.actor(), matched.object(), List.of(), matched.dedupKey(), matched.raw());
            Observation nowMatched = new Observation(loose.get(6).eventTime(), loose.get(6).receivedTime(),
                    loose.get(6).source(), loose.get(6).origin(), loose.get(6).actor(), loose.get(6).object(),
                    List.of(counted()), loose.get(6).dedupKey(), loose.get(6).raw());
            ObservationStore.AddResult again = store.add(loose);
            ObservationStore.AddResult mixed = store.add(List.of(loose.get(2), fresh, fresh, loose.get(2)));
            ObservationStore.AddResult crossed = store.add(List.of(matchedNoMore, nowMatched));

            // then only the new one is stored, once
            assertThat(again).isEqualTo(new ObservationStore.AddResult(List.of(), 10));
            assertThat(mixed).isEqualTo(new ObservationStore.AddResult(List.of(fresh), 3));
            assertThat(crossed).isEqualTo(new ObservationStore.AddResult(List.of(), 2));
            assertThat(store.count(ObservationQuery.all())).isEqualTo(12);
            assertThat(store.find(ObservationQuery.all().tripwire("tw-token"))).containsExactly(matched);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void a_replay_over_a_range_full_of_rows_checks_its_loose_events_by_key(StoreBackend backend) {
        // given 300 matched events in one second, stored as rows, and their unmatched twins' keys
        StoreLocation location = backend.freshLocation(folder);
        List<Observation> matched = new ArrayList<>();
        List<Observation> unmatchedTwins = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Observation row = runtime("r" + i, T0.plusMillis(3L * i), counted());
            matched.add(row);
            unmatchedTwins.add(new Observation(row.eventTime(), row.receivedTime(), row.source(), row.origin(),
                    row.actor(), row.object(), List.of(), row.dedupKey(), row.raw()));
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(matched);
            // when ten of them come again unmatched, beside ten new events in the same second: more rows lie in
            // that range than the check reads whole
            List<Observation> replay = new ArrayList<>(unmatchedTwins.subList(100, 110));
            List<Observation> fresh = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                fresh.add(runtime("f" + i, T0.plusMillis(3L * i + 1)));
            }
            replay.addAll(fresh);
            ObservationStore.AddResult result = store.add(replay);

            // then
            assertThat(result).isEqualTo(new ObservationStore.AddResult(fresh, 10));
            assertThat(store.count(ObservationQuery.all())).isEqualTo(310);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void loose_batches_added_at_once_from_many_threads_store_every_event_exactly_once(StoreBackend backend)
            throws Exception {
        // given 6 streams adding 30 batches of 20 unmatched events at once, every event delivered by two of
        // them, the pairs' events interleaved in time
        StoreLocation location = backend.freshLocation(folder);
        int streams = 6;
        int batches = 30;
        int perBatch = 20;
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            // when
            ConcurrentAdds.Totals totals = ConcurrentAdds.run(store, streams, batches, (stream, b) -> {
                List<Observation> batch = new ArrayList<>();
                for (int e = 0; e < perBatch; e++) {
                    batch.add(runtime(stream / 2 + "-" + b + "-" + e, T0.plusMillis(b * 100L + e * 3L + stream / 2)));
                }
                return batch;
            });
            // then
            int distinct = streams / 2 * batches * perBatch;
            assertThat(totals).isEqualTo(new ConcurrentAdds.Totals(distinct, distinct));
            assertThat(store.count(ObservationQuery.all())).isEqualTo(distinct);
            List<Observation> scanned = new ArrayList<>();
            store.scan(ObservationQuery.all(), Set.of(), scanned::add);
            assertThat(scanned).hasSize(distinct).extracting(Observation::dedupKey).doesNotHaveDuplicates();
        }
    }
}
