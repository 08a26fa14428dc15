package io.stormcenter.workbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds every problem in a tree; never throws for a modeller's mistake. */
public final class TreeValidator {

    private TreeValidator() {
    }

    public static List<Problem> validate(AttackTree tree) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> parentOf = new HashMap<>();
        Set<String> tripwireIds = new HashSet<>();
        for (Node node : tree.nodes()) {
            if (!ids.add(node.id())) {
                problems.add(Problem.error(node.id(), "id", "the id is used by more than one node"));
            }
            if (node.id().isBlank()) {
                problems.add(Problem.error(node.id(), "id", "the id is empty"));
            }
            if (node.label().isBlank()) {
                problems.add(Problem.warning(node.id(), "label", "the node has no label"));
            }
            for (String child : node.children()) {
                String earlier = parentOf.putIfAbsent(child, node.id());
                if (earlier != null && !earlier.equals(node.id())) {
                    problems.add(Problem.error(child, "children", "the node has two parents, '" + earlier
                            + "' and '" + node.id() + "'; a tree gives each node one parent"));
                } else if (earlier != null) {
                    problems.add(Problem.error(node.id(), "children", "child '" + child + "' is listed twice"));
                }
            }
            checkEstimates(node, problems);
            for (Tripwire tripwire : node.tripwires()) {
                if (tripwire.id() == null || tripwire.id().isBlank()) {
                    problems.add(Problem.error(node.id(), "tripwires", "a trip-wire has no id"));
                } else if (!tripwireIds.add(tripwire.id())) {
                    problems.add(Problem.error(node.id(), "tripwires." + tripwire.id(),
                            "trip-wire id '" + tripwire.id() + "' is used more than once in the tree"));
                }
                if (tripwire.kind() == null) {
                    problems.add(Problem.error(node.id(), "tripwires." + tripwire.id(), "the trip-wire has no kind"));
                }
            }
        }
        if (!tree.contains(tree.rootId())) {
            problems.add(Problem.error(null, "root", "the root '" + tree.rootId() + "' is not a node of the tree"));
            return problems;
        }
        if (parentOf.containsKey(tree.rootId())) {
            problems.add(Problem.error(tree.rootId(), "children", "the root is the child of '"
                    + parentOf.get(tree.rootId()) + "': the tree has a cycle"));
        }
        for (Node node : tree.nodes()) {
            checkChildren(tree, node, problems);
        }
        checkCycles(tree, problems);
        Set<String> reachable = new HashSet<>();
        for (Node node : tree.subtree(tree.rootId())) {
            reachable.add(node.id());
        }
        for (Node node : tree.nodes()) {
            if (!reachable.contains(node.id())) {
                problems.add(Problem.error(node.id(), null, "the node cannot be reached from the root '"
                        + tree.rootId() + "'"));
            }
        }
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private static void checkChildren(AttackTree tree, Node node, List<Problem> problems) {
        int refinements = 0;
        int counters = 0;
        for (String childId : node.children()) {
            Node child = tree.node(childId);
            if (child == null) {
                problems.add(Problem.error(node.id(), "children", "child '" + childId + "' does not exist"));
            } else if (child.role() == node.role()) {
                refinements++;
            } else {
                counters++;
            }
        }
        if (counters > 1) {
            problems.add(Problem.error(node.id(), "children", "the node has " + counters
                    + " countering children; combine them under one " + node.role().opposite().key()
                    + " node with a gate"));
        }
        if (refinements == 1) {
            problems.add(Problem.warning(node.id(), "gate", "the " + node.gate().key()
                    + " gate has a single child: the node adds nothing"));
        }
        if (node.role() == Role.DEFENCE && tree.rootId().equals(node.id())) {
            problems.add(Problem.error(node.id(), "role", "the root must be an attack goal"));
        }
        if (node.role() == Role.DEFENCE && !tree.rootId().equals(node.id())) {
            Node parent = tree.parent(node.id()).orElse(null);
            if (parent == null) {
                problems.add(Problem.error(node.id(), "role", "a defence must counter an attack node"));
            } else if (parent.role() == Role.DEFENCE && hasNoAttackAncestor(tree, node.id())) {
                problems.add(Problem.error(node.id(), "role", "a defence must counter an attack node"));
            }
        }
        if (!node.isLeaf() && refinements > 0 && node.estimates().probability() != null) {
            problems.add(Problem.warning(node.id(), "estimates", "estimates on an inner node are ignored;"
                    + " its values come from its children"));
        }
    }

    private static boolean hasNoAttackAncestor(AttackTree tree, String nodeId) {
        for (String id : tree.pathToRoot(nodeId)) {
            Node node = tree.node(id);
            if (node != null && node.role() == Role.ATTACK) {
                return false;
            }
        }
        return true;
    }

    private static void checkEstimates(Node node, List<Problem> problems) {
        Estimates e = node.estimates();
        String id = node.id();
        if (e.probability() != null && !(e.probability() >= 0 && e.probability() <= 1)) {
            problems.add(Problem.error(id, "estimates.probability", "must lie in 0..1, is " + e.probability()));
        }
        if (e.confidence() != null && !(e.confidence() > 0 && Double.isFinite(e.confidence()))) {
            problems.add(Problem.error(id, "estimates.confidence", "must be a positive number, is " + e.confidence()));
        }
        if (e.cost() != null && !(e.cost() >= 0 && Double.isFinite(e.cost()))) {
            problems.add(Problem.error(id, "estimates.cost", "must be 0 or more, is " + e.cost()));
        }
        if (e.timeHours() != null && !(e.timeHours() >= 0 && Double.isFinite(e.timeHours()))) {
            problems.add(Problem.error(id, "estimates.timeHours", "must be 0 or more, is " + e.timeHours()));
        }
        if (e.skill() != null && (e.skill() < 1 || e.skill() > 5)) {
            problems.add(Problem.error(id, "estimates.skill", "must lie in 1..5, is " + e.skill()));
        }
        if (node.impact() != null && !(node.impact() >= 0 && Double.isFinite(node.impact()))) {
            problems.add(Problem.error(id, "impact", "must be 0 or more, is " + node.impact()));
        }
    }

    /** Reports each cycle once, iteratively (trees may be 100,000 levels deep). */
    private static void checkCycles(AttackTree tree, List<Problem> problems) {
        Map<String, Integer> state = new HashMap<>();
        for (Node start : tree.nodes()) {
            if (state.containsKey(start.id())) {
                continue;
            }
            java.util.Deque<String> stack = new java.util.ArrayDeque<>();
            java.util.Deque<Integer> cursor = new java.util.ArrayDeque<>();
            stack.push(start.id());
            cursor.push(0);
            state.put(start.id(), 1);
            while (!stack.isEmpty()) {
                String v = stack.peek();
                int k = cursor.pop();
                List<String> kids = tree.node(v).children();
                if (k < kids.size()) {
                    cursor.push(k + 1);
                    String c = kids.get(k);
                    if (!tree.contains(c)) {
                        continue;
                    }
                    Integer s = state.get(c);
                    if (s == null) {
                        state.put(c, 1);
                        stack.push(c);
                        cursor.push(0);
                    } else if (s == 1) {
                        problems.add(Problem.error(v, "children", "child '" + c
                                + "' is also an ancestor: the tree has a cycle"));
                    }
                } else {
                    state.put(v, 2);
                    stack.pop();
                }
            }
        }
    }
}
