package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncrementalHeatTest {

    private static final List<String> LEAVES = List.of("a", "b", "c", "d", "e", "f");

    @Test
    void heat_fed_one_observation_at_a_time_equals_heat_computed_from_the_whole_history() {
        // given a seeded stream of attackers, addresses and trip-wires
        Random random = new Random(13);
        ObservationStream stream = new ObservationStream();
        for (int minute = 0; minute < 4000; minute += 2 + random.nextInt(30)) {
            String user = "user-" + random.nextInt(12);
            String ip = "203.0.113." + random.nextInt(12);
            String node = random.nextInt(4) == 0 ? null : LEAVES.get(random.nextInt(LEAVES.size()));
            stream.audit(minute, user, ip, node);
        }
        SessionRules rules = SessionRules.defaults(List.of());
        SessionTracker incremental = new SessionTracker(HeatTrees.gates(), rules);

        // when fed one by one, checking against a fresh computation at every tenth step
        List<io.stormcenter.workbench.telemetry.Observation> all = stream.all();
        for (int i = 0; i < all.size(); i++) {
            incremental.add(all.get(i));
            if (i % 10 == 0 || i == all.size() - 1) {
                SessionTracker fresh = SessionTracker.of(HeatTrees.gates(), rules, all.subList(0, i + 1));
                // then
                assertThat(incremental.heat(TimeWindow.ALL)).isEqualTo(fresh.heat(TimeWindow.ALL));
                assertThat(incremental.sessions()).isEqualTo(fresh.sessions());
            }
        }
        assertThat(incremental.heat(TimeWindow.ALL).sessions()).isGreaterThan(3);
    }

    @Test
    void a_redelivered_observation_changes_nothing() {
        // given
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "203.0.113.7", "a");
        SessionTracker tracker = SessionTracker.of(HeatTrees.gates(), SessionRules.defaults(List.of()), stream.all());

        // when
        boolean changed = tracker.add(stream.last());

        // then
        assertThat(changed).isFalse();
        assertThat(tracker.heat(TimeWindow.ALL).edge("steps", "a")).isEqualTo(1);
    }
}
