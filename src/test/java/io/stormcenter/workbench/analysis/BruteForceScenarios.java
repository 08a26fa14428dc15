package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle for the ranker: tries every subset of the affordable attack leaves, keeps the
 * minimal ones that achieve the root, and values each by walking the tree. Small trees only.
 */
final class BruteForceScenarios {

    private BruteForceScenarios() {
    }

    static List<AttackScenario> all(AttackTree tree, AttackerProfile profile) {
        Map<String, List<Node>> refinements = new HashMap<>();
        for (Node node : tree.nodes()) {
            refinements.put(node.id(), tree.refinements(node.id()));
        }
        return all(new Shape(tree, refinements), profile);
    }

    /** The tree with each node's refinements looked up once. */
    private record Shape(AttackTree tree, Map<String, List<Node>> refinementsById) {
        List<Node> refinements(String id) {
            return refinementsById.get(id);
        }

        Node root() {
            return tree.root();
        }
    }

    private static List<AttackScenario> all(Shape tree, AttackerProfile profile) {
        Evaluation evaluation = Evaluation.of(tree.tree(), profile);
        List<Node> candidates = new ArrayList<>();
        for (Node leaf : refinementLeaves(tree, tree.root())) {
            if (profile.canAfford(leaf.estimates())) {
                candidates.add(leaf);
            }
        }
        List<Long> achieving = new ArrayList<>();
        for (long mask = 1; mask < 1L << candidates.size(); mask++) {
            if (achieves(tree, tree.root(), new HashSet<>(chosen(candidates, mask)))) {
                achieving.add(mask);
            }
        }
        List<AttackScenario> result = new ArrayList<>();
        for (long mask : achieving) {
            boolean minimal = achieving.stream().noneMatch(other -> other != mask && (other & mask) == other);
            if (minimal) {
                List<String> ids = chosen(candidates, mask);
                double[] values = value(tree, evaluation, tree.root(), new HashSet<>(ids));
                result.add(new AttackScenario(ids, values[0], values[1], values[2]));
            }
        }
        return result;
    }

    private static List<String> chosen(List<Node> candidates, long mask) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                ids.add(candidates.get(i).id());
            }
        }
        return ids;
    }

    private static List<Node> refinementLeaves(Shape tree, Node node) {
        List<Node> refinements = tree.refinements(node.id());
        if (refinements.isEmpty()) {
            return List.of(node);
        }
        List<Node> result = new ArrayList<>();
        for (Node child : refinements) {
            result.addAll(refinementLeaves(tree, child));
        }
        return result;
    }

    private static boolean achieves(Shape tree, Node node, Set<String> leaves) {
        List<Node> refinements = tree.refinements(node.id());
        if (refinements.isEmpty()) {
            return leaves.contains(node.id());
        }
        if (node.gate() == Gate.OR) {
            return refinements.stream().anyMatch(child -> achieves(tree, child, leaves));
        }
        return refinements.stream().allMatch(child -> achieves(tree, child, leaves));
    }

    /** {probability, cost, time} of a minimal scenario at a node it achieves. */
    private static double[] value(Shape tree, Evaluation evaluation, Node node, Set<String> leaves) {
        List<Node> refinements = tree.refinements(node.id());
        double[] own;
        if (refinements.isEmpty()) {
            own = new double[] {node.estimates().probability(), node.estimates().cost(), node.estimates().timeHours()};
        } else if (node.gate() == Gate.OR) {
            List<Node> achieved = refinements.stream().filter(child -> achieves(tree, child, leaves)).toList();
            if (achieved.size() != 1) {
                throw new AssertionError("a minimal scenario achieves exactly one child of an OR");
            }
            own = value(tree, evaluation, achieved.get(0), leaves);
        } else {
            own = new double[] {1, 0, 0};
            for (Node child : refinements) {
                double[] part = value(tree, evaluation, child, leaves);
                own[0] *= part[0];
                own[1] += part[1];
                own[2] = node.gate() == Gate.SAND ? own[2] + part[2] : Math.max(own[2], part[2]);
            }
        }
        Node defence = tree.tree().counter(node.id()).orElse(null);
        if (defence == null) {
            return own;
        }
        NodeValues d = evaluation.of(defence.id());
        return new double[] {own[0] * (1 - d.probability()), own[1] + d.cost(), Math.max(own[2], d.timeHours())};
    }
}
