package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.telemetry.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which node a stored event proves follows the tree as edited, and what heat depends on in a tree. */
class TripwireBindingTest {

    private static final Tripwire TW_A = new Tripwire("tw-a", TripwireKind.AUDIT, Map.of("verb", "get"));

    /** The gates tree with the trip-wire tw-a on leaf a, as the observations were matched. */
    private static AttackTree tree() {
        AttackTree gates = HeatTrees.gates();
        return gates.withNode(gates.node("a").withTripwires(List.of(TW_A)));
    }

    @Test
    void an_event_of_a_reattached_trip_wire_proves_the_step_that_carries_it_now() {
        // given an event matched when tw-a was on a
        Observation stored = new ObservationStream().audit(1, "mallory", "203.0.113.7", "a").all().get(0);
        AttackTree tree = tree();
        AttackTree moved = tree.withNode(tree.node("a").withTripwires(List.of()))
                .withNode(tree.node("d").withTripwires(List.of(TW_A)));

        // when it is bound to the tree as it was, and as it is after the trip-wire moved to d
        Observation asDrawn = TripwireBinding.of(tree).rebind(stored);
        Observation afterMove = TripwireBinding.of(moved).rebind(stored);

        // then it is the same event either way, proving a and then d
        assertThat(asDrawn).isSameAs(stored);
        assertThat(afterMove.nodeId()).isEqualTo("d");
        assertThat(afterMove.tripwireId()).isEqualTo("tw-a");
        assertThat(afterMove.dedupKey()).isEqualTo(stored.dedupKey());
        assertThat(afterMove.eventTime()).isEqualTo(stored.eventTime());
    }

    @Test
    void an_event_of_a_trip_wire_taken_out_of_the_tree_proves_no_node_and_heats_nothing() {
        // given an event of tw-a, and the tree without tw-a
        List<Observation> stored = new ObservationStream().audit(1, "mallory", "203.0.113.7", "a").all();
        AttackTree without = tree().withNode(tree().node("a").withTripwires(List.of()));

        // when it is bound and correlated
        List<Observation> bound = TripwireBinding.of(without).rebind(stored);
        SessionTracker tracker = SessionTracker.of(without, SessionRules.defaults(List.of()), bound);

        // then it names no node and makes no heat
        assertThat(bound.get(0).nodeId()).isNull();
        assertThat(bound.get(0).tripwireId()).isEqualTo("tw-a");
        assertThat(tracker.heat(TimeWindow.ALL).edges()).isEmpty();
    }

    @Test
    void the_heat_shape_changes_with_gates_children_and_trip_wires_but_not_with_labels() {
        // given
        AttackTree tree = tree();
        HeatShape shape = HeatShape.of(tree);

        // then
        assertThat(HeatShape.of(tree.withNode(tree.node("a").withLabel("Another label")))).isEqualTo(shape);
        assertThat(HeatShape.of(tree.withNode(tree.node("steps").withGate(Gate.AND)))).isNotEqualTo(shape);
        assertThat(HeatShape.of(tree.addChild("both", io.stormcenter.workbench.model.Node.attack("g", "G"))))
                .isNotEqualTo(shape);
        assertThat(HeatShape.of(tree.withNode(tree.node("a").withTripwires(List.of())))).isNotEqualTo(shape);
    }
}
