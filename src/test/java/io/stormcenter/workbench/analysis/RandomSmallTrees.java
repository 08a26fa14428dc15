package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random small attack-defence trees for property tests, deterministic by seed: depth at most 4,
 * branching 2..4, random gates and estimates, now and then a defence (sometimes countered by an
 * attack). At most {@link #MAX_LEAVES} attack leaves in the refinement, so brute force stays cheap.
 */
final class RandomSmallTrees {

    static final int MAX_LEAVES = 10;

    private final Random random;
    private final List<Node> nodes = new ArrayList<>();
    private int leaves;
    private int next;

    private RandomSmallTrees(long seed) {
        this.random = new Random(seed);
    }

    /** One of the built-in attacker profiles, the same for the same random state. */
    static AttackerProfile anyProfile(Random random) {
        return AttackerProfile.builtIns().get(random.nextInt(AttackerProfile.builtIns().size()));
    }

    static AttackTree generate(long seed) {
        RandomSmallTrees generator = new RandomSmallTrees(seed);
        String root = generator.attack(0);
        return new AttackTree("random-" + seed, "random", "", root, generator.nodes);
    }

    private String attack(int depth) {
        String id = "n" + next++;
        int slot = nodes.size();
        nodes.add(null);
        int branching = 2 + random.nextInt(3);
        boolean inner = depth == 0 || (depth < 4 && random.nextDouble() < 0.6);
        Node node;
        if (inner && leaves + branching <= MAX_LEAVES) {
            List<String> children = new ArrayList<>();
            for (int i = 0; i < branching; i++) {
                children.add(attack(depth + 1));
            }
            Gate gate = Gate.values()[random.nextInt(Gate.values().length)];
            node = Node.attack(id, id).withGate(gate).withChildren(children);
        } else {
            leaves++;
            node = Node.attack(id, id).withEstimates(randomEstimates());
        }
        if (depth > 0 && random.nextDouble() < 0.2) {
            node = node.withChild(defence());
        }
        nodes.set(slot, node);
        return id;
    }

    private String defence() {
        String id = "d" + next++;
        Node node = Node.defence(id, id)
                .withEstimates(new Estimates(round(random.nextDouble()), null, null, null, null, null));
        nodes.add(null);
        int slot = nodes.size() - 1;
        if (random.nextBoolean()) {
            String counter = "c" + next++;
            nodes.add(Node.attack(counter, counter).withEstimates(randomEstimates()));
            node = node.withChild(counter);
        }
        nodes.set(slot, node);
        return id;
    }

    private Estimates randomEstimates() {
        return new Estimates(round(random.nextDouble()), null, (double) random.nextInt(6000),
                round(random.nextDouble() * 200), 1 + random.nextInt(5), null);
    }

    /** Two decimals, so that some values tie, as hand-entered estimates do. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
