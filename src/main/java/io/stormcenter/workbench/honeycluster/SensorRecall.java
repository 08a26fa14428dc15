package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chance that a node's own sensors see its step when it happens, for calibration (DESIGN.md,
 * "Calibration"): a step is missed only when every trip-wire on it misses, so 1 - prod(1 - q).
 * Nodes without trip-wires are not in the map (recall 1: calibration then takes the counts as seen).
 */
public final class SensorRecall {

    /** Never quite zero: a step no sensor could see would make its posterior ignore all evidence. */
    private static final double FLOOR = 1e-3;

    private SensorRecall() {
    }

    /** From the deployed plan's trip-wires and the recall recorded for each. */
    public static Map<String, Double> of(List<TripwireEntry> deployed) {
        Map<String, Double> missed = new HashMap<>();
        for (TripwireEntry entry : deployed) {
            missed.merge(entry.nodeId(), 1 - entry.recall(), (a, b) -> a * b);
        }
        return recall(missed);
    }

    /** From the model's own trip-wires with the catalogue's default recall per kind (nothing deployed). */
    public static Map<String, Double> of(AttackTree tree) {
        Map<String, Double> missed = new HashMap<>();
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                if (tripwire.kind() != null) {
                    missed.merge(node.id(), 1 - TripwireCatalogue.defaultRecall(tripwire.kind()), (a, b) -> a * b);
                }
            }
        }
        return recall(missed);
    }

    private static Map<String, Double> recall(Map<String, Double> missed) {
        Map<String, Double> recall = new HashMap<>();
        missed.forEach((node, miss) -> recall.put(node, Math.max(FLOOR, 1 - miss)));
        return Map.copyOf(recall);
    }
}
