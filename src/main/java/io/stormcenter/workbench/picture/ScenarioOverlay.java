package io.stormcenter.workbench.picture;

import java.util.Optional;
import java.util.Set;

/**
 * An attack scenario lit up: its leaves (the steps) and their ancestors up to the goal, and the
 * edges among them.
 */
public record ScenarioOverlay(Set<String> nodes, Set<String> leaves) implements Overlay {

    public static final String IN_SCENARIO = "in-scenario";
    public static final String SCENARIO_LEAF = "scenario-leaf";
    public static final String EDGE_SCENARIO = "edge-scenario";
    private static final double WEIGHT = 2.5;

    public ScenarioOverlay {
        nodes = Set.copyOf(nodes);
        leaves = Set.copyOf(leaves);
    }

    @Override
    public NodeMark node(String nodeId) {
        if (leaves.contains(nodeId)) {
            return NodeMark.of(IN_SCENARIO, SCENARIO_LEAF);
        }
        return nodes.contains(nodeId) ? NodeMark.of(IN_SCENARIO) : NodeMark.NONE;
    }

    @Override
    public Optional<EdgeMark> edge(String parentId, String childId) {
        return nodes.contains(parentId) && nodes.contains(childId)
                ? Optional.of(new EdgeMark(EDGE_SCENARIO, WEIGHT, null)) : Optional.empty();
    }
}
