package io.stormcenter.workbench.heat;

import java.time.Instant;
import java.util.Objects;

/**
 * A node a session reached, and when: a leaf when one of its trip-wires first fired, an inner
 * node when its gate was satisfied (OR: first child, AND: last child, SAND: last child in order).
 *
 * @param denied whether every firing that reached a leaf was refused by the API server (an attempt)
 */
public record ReachedNode(String nodeId, Instant at, boolean denied) {

    public ReachedNode {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(at, "at");
    }
}
