package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Heat on the tree (DESIGN.md, "Observed traversal"): each edge weighted and coloured by how many
 * distinct sessions traversed it, on a log scale of five steps up to the hottest edge, and each
 * reached card noting its count. Takes plain counts, so the picture needs nothing of how sessions
 * were correlated.
 *
 * @param nodes sessions that reached each node
 * @param edges sessions that traversed each edge, keyed by {@link #key}
 */
public record HeatOverlay(Map<String, Integer> nodes, Map<String, Integer> edges) implements Overlay {

    /** Style of a heated edge: this prefix and the step, 1 (coolest) to {@link #STEPS}. */
    public static final String EDGE_HEAT = "edge-heat-";
    /** Class of a card some session reached. */
    public static final String REACHED = "heat-reached";
    public static final int STEPS = 5;
    /** From pale amber to deep red: readable on light and dark backgrounds alike. */
    private static final List<String> COLOURS = List.of("#f2cc60", "#e3a33b", "#d97629", "#c94a1f", "#a51d1d");

    public HeatOverlay {
        nodes = Map.copyOf(nodes);
        edges = Map.copyOf(edges);
    }

    public static String key(String parentId, String childId) {
        return parentId + "\u0000" + childId;
    }

    /** The hottest edge's count, the top of the scale (0 when nothing was traversed). */
    public int max() {
        return edges.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The step (1..STEPS) of a count on the log scale up to {@code max}. */
    public static int step(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        double share = Math.log1p(count) / Math.log1p(max);
        return Math.max(1, Math.min(STEPS, (int) Math.ceil(share * STEPS)));
    }

    public static String colour(int step) {
        return COLOURS.get(Math.max(1, Math.min(STEPS, step)) - 1);
    }

    /** The colour of a heat style, or null for any other style. */
    public static String colourOf(String style) {
        return style.startsWith(EDGE_HEAT) ? colour(Integer.parseInt(style.substring(EDGE_HEAT.length()))) : null;
    }

    @Override
    public Optional<EdgeMark> edge(String parentId, String childId) {
        int count = edges.getOrDefault(key(parentId, childId), 0);
        int step = step(count, max());
        if (step == 0) {
            return Optional.empty();
        }
        return Optional.of(new EdgeMark(EDGE_HEAT + step, 1 + 0.6 * step, sessions(count)));
    }

    @Override
    public NodeMark node(String nodeId) {
        int count = nodes.getOrDefault(nodeId, 0);
        return count == 0 ? NodeMark.NONE : new NodeMark(Set.of(REACHED), null, List.of("Reached by " + sessions(count)));
    }

    /** The heat badge domain's texts: no estimate, and the sessions that reached the node as its value. */
    public CardTexts badges() {
        return new CardTexts() {
            @Override
            public String estimate(Node leaf) {
                return null;
            }

            @Override
            public String value(NodeValues values) {
                return null;
            }

            @Override
            public String value(Node node, NodeValues values) {
                int count = nodes.getOrDefault(node.id(), 0);
                return count == 0 ? null : sessions(count);
            }
        };
    }

    /** The legend: for each step, its colour and the range of session counts it stands for. */
    public List<LegendEntry> legend() {
        int max = max();
        List<LegendEntry> entries = new ArrayList<>();
        int from = 1;
        for (int s = 1; s <= STEPS && max > 0; s++) {
            int to = from;
            while (to + 1 <= max && step(to + 1, max) == s) {
                to++;
            }
            if (step(from, max) == s) {
                entries.add(new LegendEntry(colour(s), 1 + 0.6 * s,
                        from == to ? sessions(from) : String.format(Locale.ROOT, "%d\u2013%d sessions", from, to)));
                from = to + 1;
            }
        }
        return entries;
    }

    /** "1 session", "12 sessions": how heat counts read on a badge, a hover and the legend. */
    public static String sessions(int count) {
        return count == 1 ? "1 session" : count + " sessions";
    }

    /** One step of the legend. */
    public record LegendEntry(String colour, double weight, String label) {
    }
}
