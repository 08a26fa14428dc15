package io.stormcenter.workbench.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds every problem in a tree; never throws for a modeller's mistake. */
public final class TreeValidator {

    private TreeValidator() {
    }

    public static List<Problem> validate(AttackTree tree) {
        List<Problem> problems = new ArrayList<>();
        TreeIndex index = tree.index();
        for (int position : index.duplicates()) {
            problems.add(Problem.error(tree.nodes().get(position).id(), "id", "the id is used by more than one node"));
        }
        Set<String> tripwireIds = new HashSet<>();
        for (Node node : tree.nodes()) {
            checkNode(node, tripwireIds, problems);
        }
        checkParents(index, problems);
        if (index.root() < 0) {
            problems.add(Problem.error(null, "root", "the root '" + tree.rootId() + "' is not a node of the tree"));
            return problems;
        }
        if (index.parent(index.root()) >= 0) {
            problems.add(Problem.error(tree.rootId(), "children", "the root is the child of '"
                    + index.node(index.parent(index.root())).id() + "': the tree has a cycle"));
        }
        for (int i = 0; i < index.size(); i++) {
            checkChildren(index, i, problems);
        }
        checkCycles(index, problems);
        boolean[] reachable = new boolean[index.size()];
        for (int i : index.postOrder()) {
            reachable[i] = true;
        }
        for (int i = 0; i < index.size(); i++) {
            if (!reachable[i]) {
                problems.add(Problem.error(index.node(i).id(), null, "the node cannot be reached from the root '"
                        + tree.rootId() + "'"));
            }
        }
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** What one node says about itself: id, label, estimates and trip-wires. */
    private static void checkNode(Node node, Set<String> tripwireIds, List<Problem> problems) {
        if (node.id().isBlank()) {
            problems.add(Problem.error(node.id(), "id", "the id is empty"));
        }
        if (node.label().isBlank()) {
            problems.add(Problem.warning(node.id(), "label", "the node has no label"));
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

    /** A tree gives each node one parent, which lists it once. */
    private static void checkParents(TreeIndex index, List<Problem> problems) {
        boolean[] listed = new boolean[index.size()];
        for (int i = 0; i < index.size(); i++) {
            for (int k = 0; k < index.childCount(i); k++) {
                int child = index.child(i, k);
                int first = index.parent(child);
                if (first != i) {
                    problems.add(Problem.error(index.node(child).id(), "children", "the node has two parents, '"
                            + index.node(first).id() + "' and '" + index.node(i).id()
                            + "'; a tree gives each node one parent"));
                } else if (listed[child]) {
                    problems.add(Problem.error(index.node(i).id(), "children", "child '" + index.node(child).id()
                            + "' is listed twice"));
                }
                listed[child] |= first == i;
            }
        }
    }

    private static void checkChildren(TreeIndex index, int i, List<Problem> problems) {
        Node node = index.node(i);
        if (index.childCount(i) != node.children().size()) {
            for (String childId : node.children()) {
                if (!index.contains(childId)) {
                    problems.add(Problem.error(node.id(), "children", "child '" + childId + "' does not exist"));
                }
            }
        }
        int refinements = 0;
        int counters = 0;
        for (int k = 0; k < index.childCount(i); k++) {
            if (index.node(index.child(i, k)).role() == node.role()) {
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
        if (node.role() == Role.DEFENCE && i == index.root()) {
            problems.add(Problem.error(node.id(), "role", "the root must be an attack goal"));
        }
        if (node.role() == Role.DEFENCE && i != index.root()) {
            int parent = index.parent(i);
            if (parent < 0 || (index.node(parent).role() == Role.DEFENCE && hasNoAttackAncestor(index, i))) {
                problems.add(Problem.error(node.id(), "role", "a defence must counter an attack node"));
            }
        }
        if (!node.isLeaf() && refinements > 0 && node.estimates().probability() != null) {
            problems.add(Problem.warning(node.id(), "estimates", "estimates on an inner node are ignored;"
                    + " its values come from its children"));
        }
    }

    /** Walks up the first parents; a cycle ends the walk after as many steps as there are nodes. */
    private static boolean hasNoAttackAncestor(TreeIndex index, int i) {
        for (int v = i, steps = 0; v >= 0 && steps <= index.size(); v = index.parent(v), steps++) {
            if (index.node(v).role() == Role.ATTACK) {
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
