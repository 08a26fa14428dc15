package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.List;

/** A small tree with every gate: goal = OR(steps SAND(a, b, c), both AND(d, e), f), f countered by a defence. */
final class HeatTrees {

    private HeatTrees() {
    }

    static AttackTree gates() {
        return new AttackTree("gates", "Every gate", "", "goal", List.of(
                Node.attack("goal", "Goal").withGate(Gate.OR).withChildren(List.of("steps", "both", "f")),
                Node.attack("steps", "Three steps in order").withGate(Gate.SAND).withChildren(List.of("a", "b", "c")),
                Node.attack("both", "Two steps in any order").withGate(Gate.AND).withChildren(List.of("d", "e")),
                Node.attack("a", "A"), Node.attack("b", "B"), Node.attack("c", "C"),
                Node.attack("d", "D"), Node.attack("e", "E"),
                Node.attack("f", "F").withChildren(List.of("guard")),
                Node.defence("guard", "Guard")));
    }
}
