package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How SQLite runs a query by trip-wire or node. As a correlated {@code EXISTS}, it walked every match
 * of the node through the node's index once per row: 40 s to count a node's 13,000 matches among
 * 20,000 rows. The keys of the matches are to be looked up once, through their index.
 */
class ObservationFiltersTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03Z");

    @TempDir
    Path folder;

    @Test
    void a_query_by_tripwire_or_node_looks_up_the_matches_once_through_their_index() throws Exception {
        // given a store with matched rows on two nodes
        StoreLocation location = StoreLocation.file(folder.resolve("filters.db"));
        List<Observation> rows = new ArrayList<>();
        Actor actor = new Actor(null, List.of(), null, List.of(), null, "worker-1", "payments", "api", "c1",
                "/usr/bin/cat", "/etc/shadow", "ZXhlYzE=", null, null);
        for (int i = 0; i < 200; i++) {
            TripwireMatch match = new TripwireMatch("tw-" + i % 2, "node-" + i % 2, Outcome.COUNTED, null);
            rows.add(new Observation(T0.plusSeconds(i), T0.plusSeconds(i), SensorKind.TETRAGON, "file", actor,
                    "/etc/shadow", List.of(match), "key-" + i, "{}"));
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(rows);
            assertThat(store.count(ObservationQuery.all().node("node-1"))).isEqualTo(100);
            assertThat(store.count(ObservationQuery.all().tripwire("tw-0").node("node-0"))).isEqualTo(100);
            assertThat(store.count(ObservationQuery.all().tripwire("tw-0").node("node-1"))).isZero();
        }
        // when SQLite plans the query by trip-wire and node, in a window
        String plan = plan(location, ObservationQuery.all().since(T0).tripwire("tw-0").node("node-0"));
        // then each filter's keys are a list made once, through the matches' index by trip-wire and by node
        assertThat(plan).doesNotContain("CORRELATED")
                .contains("LIST SUBQUERY")
                .contains("observation_matches_by_tripwire (tripwire=?)")
                .contains("observation_matches_by_node (node=?)");
    }

    private static String plan(StoreLocation location, ObservationQuery query) throws Exception {
        List<Object> parameters = new ArrayList<>();
        String sql = "EXPLAIN QUERY PLAN SELECT o.dedup_key FROM observations o"
                + JdbcObservationStore.where(query, parameters) + " ORDER BY o.event_time DESC";
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             PreparedStatement explain = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString("detail")).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
