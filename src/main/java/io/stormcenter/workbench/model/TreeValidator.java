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
        TreeIndex index = tree.index();
        checkCycles(index, problems);
        boolean[] reachable = new boolean[index.size()];
        for (int i : index.postOrder()) {
            reachable[i] = true;
        }
        for (int i = 0; i < index.size(); i++) {
            Node node = index.node(i);
            if (!reachable[i]) {
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

    /** Reports each edge that closes a cycle, iteratively over the index (trees may be 100,000 levels deep). */
    private static void checkCycles(TreeIndex index, List<Problem> problems) {
        int size = index.size();
        byte[] state = new byte[size]; // 0 new, 1 on the stack, 2 done
        int[] stack = new int[size];
        int[] cursor = new int[size];
        for (int start = 0; start < size; start++) {
            if (state[start] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            state[start] = 1;
            cursor[start] = 0;
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < index.childCount(v)) {
                    int c = index.child(v, cursor[v]++);
                    if (state[c] == 0) {
                        state[c] = 1;
                        cursor[c] = 0;
                        stack[top++] = c;
                    } else if (state[c] == 1) {
                        problems.add(Problem.error(index.node(v).id(), "children", "child '" + index.node(c).id()
                                + "' is also an ancestor: the tree has a cycle"));
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
    }
}
