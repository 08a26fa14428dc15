package io.stormcenter.workbench.heat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one session went through the tree: the nodes it reached in the order it reached them, and
 * the edges it traversed (child reached, whether or not the parent was).
 */
public record Traversal(List<ReachedNode> reached, List<TreeEdge> edges) {

    public static final Traversal NONE = new Traversal(List.of(), List.of());

    public Traversal {
        reached = List.copyOf(reached);
        edges = List.copyOf(edges);
    }

    public boolean isEmpty() {
        return reached.isEmpty();
    }

    public Set<String> reachedIds() {
        return reached.stream().map(ReachedNode::nodeId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean reached(String nodeId) {
        return reached.stream().anyMatch(r -> r.nodeId().equals(nodeId));
    }
}
