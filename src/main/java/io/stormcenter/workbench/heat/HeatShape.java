package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a tree that sessions and heat depend on, as a value: every node in tree order with
 * its gate, the children that refine it (a countermeasure is none) and the trip-wires it carries.
 * Two trees with equal shapes give the same heat from the same observations, so an edit of a label,
 * an estimate or a position needs no new correlation, and adding a node, reattaching a trip-wire or
 * changing a gate does.
 */
public record HeatShape(List<Step> steps) {

    public HeatShape {
        steps = List.copyOf(steps);
    }

    /** One node as traversal sees it. */
    public record Step(String nodeId, Gate gate, List<String> refinements, List<String> tripwires) {

        public Step {
            refinements = List.copyOf(refinements);
            tripwires = List.copyOf(tripwires);
        }
    }

    public static HeatShape of(AttackTree tree) {
        List<Step> steps = new ArrayList<>(tree.size());
        for (Node node : tree.nodes()) {
            steps.add(new Step(node.id(), node.gate(),
                    tree.refinements(node.id()).stream().map(Node::id).toList(),
                    node.tripwires().stream().map(Tripwire::id).toList()));
        }
        return new HeatShape(steps);
    }
}
