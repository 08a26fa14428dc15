package io.stormcenter.workbench.analysis;

import java.util.Map;

/**
 * One node's figures side by side: the modeller's estimate, what was observed (k of n, in total and
 * by origin), and the calibrated probability with its 90 % credible interval.
 *
 * @param estimate   the point estimate (a leaf's own, an inner node's bottom-up value)
 * @param observed   every origin's k of n added up; {@link Count#NONE} when nothing was seen
 * @param byOrigin   the same counts kept apart by origin
 * @param recall     the chance the node's own sensors see the step when it happens (1 without trip-wires)
 * @param calibrated the posterior mean (a leaf) or the Monte Carlo mean (an inner node), and its interval
 */
public record CalibratedNode(String nodeId, double estimate, Count observed, Map<String, Count> byOrigin,
                             double recall, Interval calibrated) {

    public CalibratedNode {
        byOrigin = Map.copyOf(byOrigin);
    }

    public boolean wasObserved() {
        return !observed.isEmpty();
    }
}
