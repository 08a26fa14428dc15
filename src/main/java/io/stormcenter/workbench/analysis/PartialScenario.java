package io.stormcenter.workbench.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A scenario for one node while the ranker works bottom-up: its values and its leaves as a
 * persistent structure (a leaf, or the parts it joins), so that combining shares instead of
 * copying leaf lists; chains 100,000 levels deep stay linear.
 */
final class PartialScenario {

    final double probability;
    final double cost;
    final double timeHours;
    private final int leaf;
    private final PartialScenario[] parts;
    private int[] sortedLeaves;

    private PartialScenario(double probability, double cost, double timeHours, int leaf, PartialScenario[] parts) {
        this.probability = probability;
        this.cost = cost;
        this.timeHours = timeHours;
        this.leaf = leaf;
        this.parts = parts;
    }

    static PartialScenario leaf(int leaf, double probability, double cost, double timeHours) {
        return new PartialScenario(probability, cost, timeHours, leaf, null);
    }

    static PartialScenario joining(PartialScenario[] parts, double probability, double cost, double timeHours) {
        return new PartialScenario(probability, cost, timeHours, -1, parts);
    }

    /** The same leaves with other values (a counter applied above them). */
    PartialScenario revalued(double newProbability, double newCost, double newTimeHours) {
        return new PartialScenario(newProbability, newCost, newTimeHours, -1, new PartialScenario[] {this});
    }

    /** The node indices of the leaves, ascending, without repeats; computed once. */
    int[] leaves() {
        if (sortedLeaves == null) {
            int[] found = new int[8];
            int size = 0;
            Deque<PartialScenario> stack = new ArrayDeque<>();
            stack.push(this);
            while (!stack.isEmpty()) {
                PartialScenario next = stack.pop();
                if (next.parts == null) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = next.leaf;
                } else {
                    for (PartialScenario part : next.parts) {
                        stack.push(part);
                    }
                }
            }
            int[] sorted = Arrays.copyOf(found, size);
            Arrays.sort(sorted);
            sortedLeaves = Arrays.stream(sorted).distinct().toArray();
        }
        return sortedLeaves;
    }

    /** Whether every leaf of {@code other} is also a leaf of this one. */
    boolean containsAll(PartialScenario other) {
        int[] mine = leaves();
        for (int leafIndex : other.leaves()) {
            if (Arrays.binarySearch(mine, leafIndex) < 0) {
                return false;
            }
        }
        return true;
    }
}
