package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random attack trees for benchmarks, deterministic by seed, shaped like the peer's test trees
 * (ADTool 2 on generated trees): exactly {@code nodeCount} nodes with unique labels, branching
 * 2..5, AND/OR gates, and optionally SAND gates and defences. Every leaf has estimates.
 * Grows by expanding a random open leaf, so depth stays logarithmic but varies.
 */
public final class RandomTreeGenerator {

    private final long seed;
    private final boolean sequential;
    private final double defenceShare;

    private RandomTreeGenerator(long seed, boolean sequential, double defenceShare) {
        this.seed = seed;
        this.sequential = sequential;
        this.defenceShare = defenceShare;
    }

    /** AND/OR only, no defences: the peer's shape. */
    public static RandomTreeGenerator andOr(long seed) {
        return new RandomTreeGenerator(seed, false, 0);
    }

    /** AND/OR/SAND with a defence on about {@code defenceShare} of the attack nodes. */
    public static RandomTreeGenerator withSandAndDefences(long seed, double defenceShare) {
        return new RandomTreeGenerator(seed, true, defenceShare);
    }

    public AttackTree generate(int nodeCount) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("a tree has at least one node");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> children = new ArrayList<>(nodeCount);
        List<Boolean> defence = new ArrayList<>(nodeCount);
        children.add(new ArrayList<>());
        defence.add(false);
        List<Integer> open = new ArrayList<>();
        open.add(0);
        int count = 1;
        while (count < nodeCount && !open.isEmpty()) {
            int pick = random.nextInt(open.size());
            int parent = open.get(pick);
            open.set(pick, open.get(open.size() - 1));
            open.remove(open.size() - 1);
            int remaining = nodeCount - count;
            int branching = Math.min(2 + random.nextInt(4), remaining);
            if (remaining - branching == 1) { // never leave one node over: it could only be a single child
                branching = branching < 5 ? branching + 1 : branching - 1;
            }
            for (int b = 0; b < branching; b++) {
                children.add(new ArrayList<>());
                defence.add(false);
                children.get(parent).add("n" + count);
                open.add(count);
                count++;
            }
            if (nodeCount - count >= 3 && random.nextDouble() < defenceShare) {
                children.add(new ArrayList<>());
                defence.add(true);
                children.get(parent).add("n" + count);
                count++;
            }
        }
        List<Node> nodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "n" + i;
            Node node = defence.get(i) ? Node.defence(id, "Defence " + i) : Node.attack(id, "Step " + i);
            List<String> kids = children.get(i);
            if (kids.isEmpty()) {
                node = node.withEstimates(new Estimates(random.nextDouble(), null, (double) random.nextInt(10_000),
                        random.nextInt(1, 2_000) / 10.0, random.nextInt(1, 6), null));
            } else {
                int gates = sequential ? 3 : 2;
                node = node.withGate(Gate.values()[random.nextInt(gates)]).withChildren(kids);
            }
            if (i == 0) {
                node = node.withImpact(1_000_000.0);
            }
            nodes.add(node);
        }
        return new AttackTree("random-" + seed + "-" + count, "Random tree, seed " + seed + ", " + count + " nodes",
                "", "n0", nodes);
    }
}
