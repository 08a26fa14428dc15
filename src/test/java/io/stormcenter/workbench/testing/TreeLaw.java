package io.stormcenter.workbench.testing;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks a law (a block of assertions) on a generated tree. When it fails, removes subtrees, the
 * largest first, as long as the law still fails the same way, and reports the seed, the size of
 * the tree that failed and the smallest failing tree found, whose few nodes are easy to read.
 */
public final class TreeLaw {

    /** Bounds the search, so that a slow law on a big tree still ends. */
    private static final int MAX_CHECKS = 2_000;

    private TreeLaw() {
    }

    public static void holds(long seed, AttackTree tree, Consumer<AttackTree> law) {
        Throwable failure = failureOf(tree, law);
        if (failure == null) {
            return;
        }
        AttackTree smallest = tree;
        Throwable smallestFailure = failure;
        int checks = 0;
        boolean shrunk = true;
        while (shrunk && checks < MAX_CHECKS) {
            shrunk = false;
            for (AttackTree candidate : oneSubtreeLess(smallest)) {
                if (++checks > MAX_CHECKS) {
                    break;
                }
                Throwable candidateFailure = failureOf(candidate, law);
                if (candidateFailure != null && candidateFailure.getClass() == failure.getClass()) {
                    smallest = candidate;
                    smallestFailure = candidateFailure;
                    shrunk = true;
                    break;
                }
            }
        }
        throw new AssertionError(String.format("seed %d (rerun with -D%s=%d) fails on a tree of %d nodes;"
                        + " the smallest failing tree found has %d:%n%s%s", seed, SeedsProvider.RERUN_PROPERTY, seed,
                tree.size(), smallest.size(), describe(smallest), smallestFailure.getMessage()), smallestFailure);
    }

    /** Wraps a law that takes no tree, so its failure names the seed too. */
    public static void holds(long seed, Runnable law) {
        try {
            law.run();
        } catch (AssertionError | RuntimeException failure) {
            throw new AssertionError(String.format("seed %d (rerun with -D%s=%d): %s", seed,
                    SeedsProvider.RERUN_PROPERTY, seed, failure.getMessage()), failure);
        }
    }

    private static Throwable failureOf(AttackTree tree, Consumer<AttackTree> law) {
        try {
            law.accept(tree);
            return null;
        } catch (AssertionError | RuntimeException failure) {
            return failure;
        }
    }

    /**
     * Trees with one subtree removed, nearest the root first (so the first that still fails halves
     * the tree). Only removals that keep every inner node inner: a refinement with siblings, or a counter.
     */
    static List<AttackTree> oneSubtreeLess(AttackTree tree) {
        List<AttackTree> smaller = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(tree.rootId()));
        while (!queue.isEmpty()) {
            Node node = tree.node(queue.removeFirst());
            int refinements = tree.refinements(node.id()).size();
            for (String child : node.children()) {
                queue.addLast(child);
                if (refinements > 1 || tree.node(child).role() != node.role()) {
                    smaller.add(tree.removeSubtree(child));
                }
            }
        }
        return smaller;
    }

    /** One line per node, indented under its parent: id, role or gate, and the estimates. */
    static String describe(AttackTree tree) {
        StringBuilder text = new StringBuilder();
        describe(tree, tree.rootId(), 1, text);
        return text.toString();
    }

    private static void describe(AttackTree tree, String nodeId, int depth, StringBuilder text) {
        Node node = tree.node(nodeId);
        text.append("  ".repeat(depth)).append(node.id()).append(' ')
                .append(node.role() == Role.DEFENCE ? "defence" : "attack");
        if (!node.children().isEmpty()) {
            text.append(' ').append(node.gate());
        }
        if (node.estimates() != null) {
            var e = node.estimates();
            text.append(String.format(" p=%s cost=%s time=%s skill=%s", e.probability(), e.cost(), e.timeHours(),
                    e.skill()));
        }
        text.append('\n');
        for (String child : node.children()) {
            describe(tree, child, depth + 1, text);
        }
    }
}
