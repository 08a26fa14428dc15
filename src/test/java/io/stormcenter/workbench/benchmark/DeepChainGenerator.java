package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A tree {@code depth} levels deep: level i is a gate (alternating AND, OR, SAND) over level i+1
 * and one leaf, which defeats any recursive evaluator (the peer fails at about 2,500 levels).
 */
public final class DeepChainGenerator {

    private DeepChainGenerator() {
    }

    public static AttackTree chain(int depth) {
        List<Node> nodes = new ArrayList<>(2 * depth + 1);
        Gate[] gates = {Gate.AND, Gate.OR, Gate.SAND};
        for (int i = 0; i < depth; i++) {
            nodes.add(Node.attack("level-" + i, "Level " + i).withGate(gates[i % 3])
                    .withChildren(List.of("level-" + (i + 1), "step-" + i)));
            nodes.add(Node.attack("step-" + i, "Step " + i).withEstimates(Estimates.of(0.999, 1, 0.1, 1 + i % 5)));
        }
        nodes.add(Node.attack("level-" + depth, "Level " + depth).withEstimates(Estimates.of(0.9, 1, 0.1, 1)));
        return new AttackTree("chain-" + depth, "A chain " + depth + " levels deep", "", "level-0", nodes);
    }
}
