package io.stormcenter.workbench.ui.document;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copied subtree (pre-order, its root first), and how to give it fresh node and trip-wire ids
 * before it goes into a tree, so a pasted copy never collides with the original.
 */
public record SubtreeCopy(List<Node> nodes) {

    public SubtreeCopy {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a copied subtree has at least its root");
        }
    }

    public static SubtreeCopy of(AttackTree tree, String rootId) {
        return new SubtreeCopy(tree.subtree(rootId));
    }

    /** The nodes with ids unused in {@code target}; children and positions follow. */
    public List<Node> withFreshIds(AttackTree target) {
        Set<String> usedNodeIds = new HashSet<>();
        Set<String> usedTripwireIds = new HashSet<>();
        for (Node node : target.nodes()) {
            usedNodeIds.add(node.id());
            node.tripwires().forEach(t -> usedTripwireIds.add(t.id()));
        }
        Map<String, String> renamed = new HashMap<>();
        for (Node node : nodes) {
            renamed.put(node.id(), fresh(Ids.slug(node.id()), usedNodeIds));
        }
        List<Node> result = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            List<String> kids = node.children().stream().map(c -> renamed.getOrDefault(c, c))
                    .filter(renamed::containsValue).toList();
            List<Tripwire> tripwires = node.tripwires().stream()
                    .map(t -> new Tripwire(fresh(Ids.slug(t.id()), usedTripwireIds), t.kind(), t.params())).toList();
            result.add(node.withId(renamed.get(node.id())).withChildren(kids).withTripwires(tripwires)
                    .withPosition(null));
        }
        return result;
    }

    private static String fresh(String base, Set<String> used) {
        String stem = base.replaceAll("-copy(-\\d+)?$", "");
        String candidate = used.contains(stem) ? stem + "-copy" : stem;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = stem + "-copy-" + i;
        }
        used.add(candidate);
        return candidate;
    }
}
