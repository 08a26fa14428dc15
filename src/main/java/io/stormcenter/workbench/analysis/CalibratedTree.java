package io.stormcenter.workbench.analysis;

import java.util.Map;

/**
 * The calibrated figures of one tree: every reached node's, the root's probability and the risk,
 * each with a 90 % credible interval, and how they were drawn (seed and samples), so a report can
 * be made again to the same digits.
 *
 * @param risk            root probability x root impact, or null when the root has no impact
 * @param hasObservations whether any evidence was there; without it every figure is the design-time
 *                        estimate with the uncertainty the modeller's confidence gives it
 */
public record CalibratedTree(Map<String, CalibratedNode> nodes, Interval rootProbability, Interval risk,
                             boolean hasObservations, long seed, int samples) {

    public CalibratedTree {
        nodes = Map.copyOf(nodes);
    }

    /** The node's figures, or null for a node the root does not reach. */
    public CalibratedNode node(String nodeId) {
        return nodes.get(nodeId);
    }
}
