package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.telemetry.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTrackerGateTest {

    private static final String ATTACKER = "system:serviceaccount:payments-prod:ledger";
    private static final String IP = "203.0.113.7";

    private static Heat heatOf(ObservationStream stream) {
        return SessionTracker.of(HeatTrees.gates(), SessionRules.defaults(List.of()), stream.all()).heat(TimeWindow.ALL);
    }

    @Test
    void an_or_node_is_reached_by_any_one_child() {
        // given one session that fires only f
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "f");

        // when
        Heat heat = heatOf(stream);

        // then the goal (OR) is reached through f, and nothing else
        assertThat(heat.sessions()).isEqualTo(1);
        assertThat(heat.nodes()).containsExactly(Map.entry("goal", 1), Map.entry("f", 1));
        assertThat(heat.edges()).containsExactly(new HeatEdge("goal", "f", 1));
    }

    @Test
    void a_sand_node_in_order_is_reached_and_heats_the_edge_to_its_parent() {
        // given a, b, c fired in that order by one identity
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "a").audit(5, ATTACKER, IP, "b")
                .audit(9, ATTACKER, IP, "c");

        // when
        Heat heat = heatOf(stream);

        // then
        assertThat(heat.edges()).containsExactly(new HeatEdge("goal", "steps", 1), new HeatEdge("steps", "a", 1),
                new HeatEdge("steps", "b", 1), new HeatEdge("steps", "c", 1));
        assertThat(heat.node("goal")).isEqualTo(1);
    }

    @Test
    void a_sand_node_out_of_order_is_not_reached_though_its_children_are() {
        // given a, c, b: every child fired, but c before b
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "a").audit(5, ATTACKER, IP, "c")
                .audit(9, ATTACKER, IP, "b");

        // when
        Heat heat = heatOf(stream);

        // then the children's edges are traversed, the SAND node and the goal are not reached
        assertThat(heat.edges()).containsExactly(new HeatEdge("steps", "a", 1), new HeatEdge("steps", "b", 1),
                new HeatEdge("steps", "c", 1));
        assertThat(heat.node("steps")).isZero();
        assertThat(heat.node("goal")).isZero();
    }

    @Test
    void a_sand_order_counts_first_firings_so_a_later_repeat_does_not_spoil_it() {
        // given a, b, a again, c
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "a").audit(3, ATTACKER, IP, "b")
                .audit(6, ATTACKER, IP, "a").audit(9, ATTACKER, IP, "c");

        // when
        Heat heat = heatOf(stream);

        // then
        assertThat(heat.node("steps")).isEqualTo(1);
    }

    @Test
    void an_and_node_is_reached_in_any_order_but_only_when_all_children_are() {
        // given one session doing e then d, another only d
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "e").audit(4, ATTACKER, IP, "d")
                .audit(100, "mallory", "198.51.100.9", "d");

        // when
        Heat heat = heatOf(stream);

        // then
        assertThat(heat.sessions()).isEqualTo(2);
        assertThat(heat.node("both")).isEqualTo(1);
        assertThat(heat.edge("both", "d")).isEqualTo(2);
        assertThat(heat.edge("both", "e")).isEqualTo(1);
        assertThat(heat.edge("goal", "both")).isEqualTo(1);
    }

    @Test
    void heat_counts_distinct_sessions_not_firings() {
        // given one session firing a three times, and a second session firing it once
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "a").audit(1, ATTACKER, IP, "a")
                .audit(2, ATTACKER, IP, "a").audit(200, "mallory", "198.51.100.9", "a");

        // when
        Heat heat = heatOf(stream);

        // then
        assertThat(heat.edge("steps", "a")).isEqualTo(2);
    }

    @Test
    void a_denied_attempt_reaches_its_node_and_is_marked_denied() {
        // given a read the API server refused
        ObservationStream stream = new ObservationStream().audit(0, "mallory", IP, "get",
                "secrets/payments-prod/db", "f", Outcome.DENIED, Map.of());

        // when
        SessionTracker tracker = SessionTracker.of(HeatTrees.gates(), SessionRules.defaults(List.of()), stream.all());

        // then
        assertThat(tracker.heat(TimeWindow.ALL).edge("goal", "f")).isEqualTo(1);
        assertThat(tracker.sessions().get(0).reached()).extracting(ReachedNode::nodeId, ReachedNode::denied)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("f", true),
                        org.assertj.core.groups.Tuple.tuple("goal", false));
    }

    @Test
    void a_countermeasure_edge_carries_no_heat() {
        // given f fired
        ObservationStream stream = new ObservationStream().audit(0, ATTACKER, IP, "f");

        // when
        Heat heat = heatOf(stream);

        // then
        assertThat(heat.edge("f", "guard")).isZero();
        assertThat(heat.edges()).extracting(HeatEdge::child).doesNotContain("guard");
    }
}
