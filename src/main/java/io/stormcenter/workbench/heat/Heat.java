package io.stormcenter.workbench.heat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Heat over a time window: how many distinct sessions reached each node and traversed each edge.
 *
 * @param sessions   sessions that reached at least one node
 * @param nodes      node id to distinct sessions that reached it, in tree order, only nodes reached
 * @param edges      edges traversed at least once, in tree order
 * @param suppressed observations the baseline suppressed (benign activity: counted, never silently lost)
 * @param excluded   observations by identities the rules exclude (the platform, the workbench)
 */
public record Heat(TimeWindow window, int sessions, Map<String, Integer> nodes, List<HeatEdge> edges,
                   int suppressed, int excluded) {

    public Heat {
        Objects.requireNonNull(window, "window");
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
    }

    public static Heat none(TimeWindow window) {
        return new Heat(window, 0, Map.of(), List.of(), 0, 0);
    }

    public int node(String nodeId) {
        return nodes.getOrDefault(nodeId, 0);
    }

    public int edge(String parent, String child) {
        for (HeatEdge edge : edges) {
            if (edge.parent().equals(parent) && edge.child().equals(child)) {
                return edge.sessions();
            }
        }
        return 0;
    }

    /** The hottest edge's count (0 when nothing was traversed): the top of the colour scale. */
    public int maxEdge() {
        return edges.stream().mapToInt(HeatEdge::sessions).max().orElse(0);
    }
}
