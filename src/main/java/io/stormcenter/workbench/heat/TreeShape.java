package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a tree that traversal needs, indexed once: each node's gate, its refining children
 * in order, and the parent it refines. Countermeasures are not steps an attacker takes, so a
 * defence child is no refinement and its edge carries no heat.
 */
final class TreeShape {

    private final List<String> order;
    private final Map<String, Gate> gates = new HashMap<>();
    private final Map<String, List<String>> refinements = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    /** Each node's place in tree order; made once, a window's heat asks for thousands of traversals. */
    private final Map<String, Integer> positions = new HashMap<>();
    private final Comparator<Map.Entry<String, Instant>> reachedOrder = Map.Entry.<String, Instant>comparingByValue()
            .thenComparing(e -> -depth(e.getKey()))
            .thenComparing(e -> positions.getOrDefault(e.getKey(), Integer.MAX_VALUE));

    TreeShape(AttackTree tree) {
        List<String> ids = new ArrayList<>(tree.size());
        for (Node node : tree.nodes()) {
            ids.add(node.id());
            gates.put(node.id(), node.gate());
            List<String> children = tree.refinements(node.id()).stream().map(Node::id).toList();
            refinements.put(node.id(), children);
            for (String child : children) {
                parents.putIfAbsent(child, node.id());
            }
        }
        this.order = List.copyOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            positions.putIfAbsent(ids.get(i), i);
        }
        for (String id : ids) {
            int depth = 0;
            for (String at = parents.get(id); at != null && depth <= ids.size(); at = parents.get(at)) {
                depth++;
            }
            depths.put(id, depth);
        }
    }

    List<String> order() {
        return order;
    }

    boolean contains(String nodeId) {
        return gates.containsKey(nodeId);
    }

    String parent(String nodeId) {
        return parents.get(nodeId);
    }

    /**
     * Updates {@code reached} (node id to the time it was reached) after the nodes in
     * {@code fired} were first fired at the times {@code firings} gives: each changed node's
     * ancestors are evaluated again, nothing else.
     */
    void propagate(Map<String, Instant> firings, Collection<String> fired, Map<String, Instant> reached) {
        Set<String> dirty = new LinkedHashSet<>();
        for (String nodeId : fired) {
            for (String at = nodeId; at != null; at = parents.get(at)) {
                dirty.add(at);
            }
        }
        // a node's ancestors come after it on its path; evaluating deepest first needs depth order
        List<String> byDepth = new ArrayList<>(dirty);
        byDepth.sort((a, b) -> Integer.compare(depth(b), depth(a)));
        for (String nodeId : byDepth) {
            Instant at = evaluate(nodeId, firings, reached);
            if (at == null) {
                reached.remove(nodeId);
            } else {
                reached.put(nodeId, at);
            }
        }
    }

    private int depth(String nodeId) {
        return depths.getOrDefault(nodeId, 0);
    }

    /** When the node was reached given its own firing and its children's reach times, or null. */
    private Instant evaluate(String nodeId, Map<String, Instant> firings, Map<String, Instant> reached) {
        Instant own = firings.get(nodeId);
        List<String> children = refinements.getOrDefault(nodeId, List.of());
        Instant byGate = children.isEmpty() ? null : switch (gates.get(nodeId)) {
            case OR -> earliest(children, reached);
            case AND -> allLatest(children, reached);
            case SAND -> inOrder(children, reached);
        };
        if (own == null) {
            return byGate;
        }
        return byGate == null || own.isBefore(byGate) ? own : byGate;
    }

    private static Instant earliest(List<String> children, Map<String, Instant> reached) {
        Instant first = null;
        for (String child : children) {
            Instant at = reached.get(child);
            if (at != null && (first == null || at.isBefore(first))) {
                first = at;
            }
        }
        return first;
    }

    private static Instant allLatest(List<String> children, Map<String, Instant> reached) {
        Instant last = null;
        for (String child : children) {
            Instant at = reached.get(child);
            if (at == null) {
                return null;
            }
            if (last == null || at.isAfter(last)) {
                last = at;
            }
        }
        return last;
    }

    /** All children reached, each no earlier than the one before it (SAND: in order of first firing). */
    private static Instant inOrder(List<String> children, Map<String, Instant> reached) {
        Instant last = null;
        for (String child : children) {
            Instant at = reached.get(child);
            if (at == null || last != null && at.isBefore(last)) {
                return null;
            }
            last = at;
        }
        return last;
    }

    /**
     * The traversal for the reach times: nodes in the order reached; at the same instant a child
     * comes before the parent it completes, then tree order. Edges likewise.
     */
    Traversal traversal(Map<String, Instant> reached, Set<String> deniedOnly) {
        List<Map.Entry<String, Instant>> entries = new ArrayList<>(reached.entrySet());
        entries.sort(reachedOrder);
        List<ReachedNode> nodes = new ArrayList<>(entries.size());
        List<TreeEdge> edges = new ArrayList<>();
        for (Map.Entry<String, Instant> entry : entries) {
            nodes.add(new ReachedNode(entry.getKey(), entry.getValue(), deniedOnly.contains(entry.getKey())));
            String parent = parents.get(entry.getKey());
            if (parent != null) {
                edges.add(new TreeEdge(parent, entry.getKey()));
            }
        }
        return new Traversal(nodes, edges);
    }

    /** Every refinement edge in tree order. */
    List<TreeEdge> edges() {
        List<TreeEdge> out = new ArrayList<>();
        for (String id : order) {
            for (String child : refinements.getOrDefault(id, List.of())) {
                out.add(new TreeEdge(id, child));
            }
        }
        return out;
    }
}
