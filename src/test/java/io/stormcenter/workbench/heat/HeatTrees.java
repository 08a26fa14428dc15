package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.List;
import java.util.Map;

/**
 * A small tree with every gate: goal = OR(steps SAND(a, b, c), both AND(d, e), f), f countered by a defence.
 * Each leaf carries the trip-wire {@code tw-<leaf>} that {@link ObservationStream}'s events matched.
 */
final class HeatTrees {

    private HeatTrees() {
    }

    static AttackTree gates() {
        return new AttackTree("gates", "Every gate", "", "goal", List.of(
                Node.attack("goal", "Goal").withGate(Gate.OR).withChildren(List.of("steps", "both", "f")),
                Node.attack("steps", "Three steps in order").withGate(Gate.SAND).withChildren(List.of("a", "b", "c")),
                Node.attack("both", "Two steps in any order").withGate(Gate.AND).withChildren(List.of("d", "e")),
                leaf("a", "A"), leaf("b", "B"), leaf("c", "C"), leaf("d", "D"), leaf("e", "E"),
                leaf("f", "F").withChildren(List.of("guard")),
                Node.defence("guard", "Guard")));
    }

    private static Node leaf(String id, String label) {
        return Node.attack(id, label).withTripwires(List.of(new Tripwire("tw-" + id, TripwireKind.AUDIT,
                Map.of("verb", "get"))));
    }
}
