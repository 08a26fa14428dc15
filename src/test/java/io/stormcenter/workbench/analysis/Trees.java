package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.List;

/** Small hand-written trees for the analysis tests. */
final class Trees {

    private Trees() {
    }

    static Node leaf(String id, double probability, double cost, double timeHours, int skill) {
        return Node.attack(id, id).withEstimates(Estimates.of(probability, cost, timeHours, skill));
    }

    static Node gate(String id, Gate gate, String... children) {
        return Node.attack(id, id).withGate(gate).withChildren(List.of(children));
    }

    static Node defence(String id, double probability, String... counteredBy) {
        return Node.defence(id, id).withEstimates(new Estimates(probability, null, null, null, null, null))
                .withChildren(List.of(counteredBy));
    }

    static AttackTree tree(String rootId, Node... nodes) {
        return new AttackTree("test", "test", "", rootId, List.of(nodes));
    }
}
