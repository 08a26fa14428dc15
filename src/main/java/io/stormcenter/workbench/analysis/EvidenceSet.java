package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * All evidence for one tree, from any number of origins. Built from the nodes each session
 * reached ({@link #fromSessions}), the shape heat's traversals give, so calibration does not
 * depend on how sessions are correlated.
 */
public final class EvidenceSet {

    private static final EvidenceSet EMPTY = new EvidenceSet(List.of());

    private final List<Evidence> items;
    private final Map<String, Map<String, Count>> byNode;

    private EvidenceSet(List<Evidence> items) {
        this.items = List.copyOf(items);
        Map<String, Map<String, Count>> map = new HashMap<>();
        for (Evidence e : this.items) {
            map.computeIfAbsent(e.nodeId(), id -> new LinkedHashMap<>())
                    .merge(e.origin(), new Count(e.reached(), e.opportunities()), Count::plus);
        }
        this.byNode = map;
    }

    public static EvidenceSet empty() {
        return EMPTY;
    }

    public static EvidenceSet of(Collection<Evidence> items) {
        return new EvidenceSet(new ArrayList<>(items));
    }

    /**
     * Evidence from sessions: for every child c of a node v, k = the sessions that reached c and
     * n = the sessions that reached anything under v. A session that reached nothing under v is no
     * opportunity for c: it was busy elsewhere in the tree.
     *
     * @param reachedBySession for each session, the ids of the nodes it reached (leaves and the inner
     *                         nodes their gates make reached)
     */
    public static EvidenceSet fromSessions(AttackTree tree, String origin, List<? extends Set<String>> reachedBySession) {
        Map<String, Integer> opportunities = new HashMap<>();
        Map<String, Integer> reached = new HashMap<>();
        for (Set<String> session : reachedBySession) {
            Set<String> touched = new HashSet<>();
            for (String nodeId : session) {
                if (!tree.contains(nodeId)) {
                    continue;
                }
                reached.merge(nodeId, 1, Integer::sum);
                List<String> path = tree.pathToRoot(nodeId);
                touched.addAll(path.subList(1, path.size())); // every ancestor had something under it reached
            }
            touched.forEach(id -> opportunities.merge(id, 1, Integer::sum));
        }
        List<Evidence> items = new ArrayList<>();
        for (Node parent : tree.nodes()) {
            Integer n = opportunities.get(parent.id());
            if (n == null) {
                continue;
            }
            for (String child : parent.children()) {
                items.add(new Evidence(child, origin, reached.getOrDefault(child, 0), n));
            }
        }
        return new EvidenceSet(items);
    }

    /** This set and another (another origin's sightings next to one's own). */
    public EvidenceSet with(EvidenceSet other) {
        List<Evidence> all = new ArrayList<>(items);
        all.addAll(other.items);
        return new EvidenceSet(all);
    }

    public List<Evidence> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.stream().allMatch(e -> e.opportunities() == 0);
    }

    /** The counts for a node, by origin in the order they came; empty when nothing was seen there. */
    public Map<String, Count> byOrigin(String nodeId) {
        return Map.copyOf(byNode.getOrDefault(nodeId, Map.of()));
    }

    /** Every origin's counts for a node added up. */
    public Count total(String nodeId) {
        return byNode.getOrDefault(nodeId, Map.of()).values().stream().reduce(Count.NONE, Count::plus);
    }

    /** The origins, sorted. */
    public Set<String> origins() {
        Set<String> origins = new TreeSet<>();
        items.forEach(e -> origins.add(e.origin()));
        return origins;
    }
}
