package io.stormcenter.workbench.picture;

import java.util.Optional;
import java.util.Set;

/** The way from the selected node up to the goal, so that its context reads at a glance. */
public record SelectionPathOverlay(Set<String> path, String selected) implements Overlay {

    public static final String ON_PATH = "on-path";
    public static final String EDGE_PATH = "edge-path";
    private static final double WEIGHT = 1.6;

    public SelectionPathOverlay {
        path = Set.copyOf(path);
    }

    @Override
    public NodeMark node(String nodeId) {
        return path.contains(nodeId) && !nodeId.equals(selected) ? NodeMark.of(ON_PATH) : NodeMark.NONE;
    }

    @Override
    public Optional<EdgeMark> edge(String parentId, String childId) {
        return path.contains(parentId) && path.contains(childId)
                ? Optional.of(new EdgeMark(EDGE_PATH, WEIGHT, null)) : Optional.empty();
    }
}
