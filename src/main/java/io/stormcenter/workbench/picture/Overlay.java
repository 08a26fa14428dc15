package io.stormcenter.workbench.picture;

import java.util.Optional;

/**
 * One layer of meaning over the tree's picture: a lit scenario, the problems validation found,
 * the path to the selection, heat. Each marks cards and edges; the picture collects the marks of
 * all its overlays in order (a later overlay's edge mark is drawn above an earlier one's).
 */
public interface Overlay {

    /** What this overlay puts on a node's card. */
    default NodeMark node(String nodeId) {
        return NodeMark.NONE;
    }

    /** What this overlay draws over the edge from a parent to a child, if anything. */
    default Optional<EdgeMark> edge(String parentId, String childId) {
        return Optional.empty();
    }
}
