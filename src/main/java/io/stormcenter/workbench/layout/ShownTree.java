package io.stormcenter.workbench.layout;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TreeIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The part of a tree that is shown (children of collapsed nodes hidden), as integer arrays in
 * pre-order: node {@code i} has parent {@code parent[i]} (-1 for the root), depth, and children
 * {@code children[childStart[i] .. childStart[i+1])} in the model's order. Built with an explicit
 * stack; a node reached twice (a broken file's cycle or second parent) is shown once.
 *
 * <p>Every shown leaf gets one <em>slot</em> below it: a placeholder child (index {@code >= cardCount},
 * {@code nodes[i] == null}) that the placement packs like a narrow card but nobody draws. It keeps
 * the place right under a leaf free of other families' edges: a card of another parent may reach
 * under the leaf's side, but its edge comes down beside the leaf, never under it, where it would
 * read as that leaf's child.
 */
final class ShownTree {

    /** The shown nodes, then null for the slots under leaves. */
    final Node[] nodes;
    final int cardCount;
    /** Where each card's node stands in the tree's {@link TreeIndex}. */
    final int[] source;
    final int[] parent;
    final int[] depth;
    /** Place among its siblings, 0 for the first child. */
    final int[] number;
    final int[] childStart;
    final int[] children;
    final Map<String, Integer> hiddenBelow;

    private ShownTree(Node[] nodes, int cardCount, int[] source, int[] parent, int[] depth, int[] number, int[] childStart, int[] children,
                      Map<String, Integer> hiddenBelow) {
        this.nodes = nodes;
        this.cardCount = cardCount;
        this.source = source;
        this.parent = parent;
        this.depth = depth;
        this.number = number;
        this.childStart = childStart;
        this.children = children;
        this.hiddenBelow = hiddenBelow;
    }

    static ShownTree of(AttackTree tree, Set<String> collapsed) {
        TreeIndex index = tree.index(); // built once per tree, shared with the analysis
        int count = index.size();
        int root = index.root();
        // pre-order walk over the index: order[k] is the index node shown k-th, kids in compressed rows
        int[] order = new int[count];
        int[] kidStart = new int[count + 1];
        int[] kids = new int[count];
        boolean[] seen = new boolean[count];
        int[] stack = new int[Math.max(1, count)];
        int shown = 0;
        int kidCount = 0;
        int top = 0;
        Map<String, Integer> hidden = new HashMap<>();
        if (root >= 0) {
            stack[top++] = root;
            seen[root] = true;
        }
        while (top > 0) {
            int v = stack[--top];
            order[shown] = v;
            kidStart[shown++] = kidCount;
            Node node = index.node(v);
            if (!collapsed.isEmpty() && collapsed.contains(node.id()) && index.childCount(v) > 0) {
                hidden.put(node.id(), tree.subtree(node.id()).size() - 1);
                continue;
            }
            int first = kidCount;
            for (int k = 0; k < index.childCount(v); k++) {
                int child = index.child(v, k);
                if (!seen[child]) {
                    seen[child] = true;
                    kids[kidCount++] = child;
                }
            }
            for (int k = kidCount - 1; k >= first; k--) {
                stack[top++] = kids[k];
            }
        }
        kidStart[shown] = kidCount;
        int[] shownAt = new int[count];
        for (int k = 0; k < shown; k++) {
            shownAt[order[k]] = k;
        }
        int leaves = 0;
        for (int k = 0; k < shown; k++) {
            leaves += kidStart[k + 1] == kidStart[k] ? 1 : 0;
        }
        int total = shown + leaves;
        int[] parent = new int[total];
        int[] depth = new int[total];
        int[] number = new int[total];
        int[] childStart = new int[total + 1];
        int[] children = new int[Math.max(0, total - 1)];
        Node[] nodes = new Node[total];
        parent[0] = -1;
        int next = 0;
        int slot = shown;
        for (int i = 0; i < shown; i++) {
            nodes[i] = index.node(order[i]);
            childStart[i] = next;
            for (int k = kidStart[i]; k < kidStart[i + 1]; k++) {
                int child = shownAt[kids[k]];
                children[next++] = child;
                adopt(i, child, k - kidStart[i], parent, depth, number);
            }
            if (kidStart[i] == kidStart[i + 1]) {
                children[next++] = slot;
                adopt(i, slot++, 0, parent, depth, number);
            }
        }
        for (int i = shown; i <= total; i++) {
            childStart[i] = next; // slots have no children
        }
        return new ShownTree(nodes, shown, Arrays.copyOf(order, shown), parent, depth, number, childStart,
                children, hidden);
    }

    /** Pre-order: the parent's depth is known when its children are adopted. */
    private static void adopt(int parentIndex, int child, int place, int[] parent, int[] depth, int[] number) {
        parent[child] = parentIndex;
        number[child] = place;
        depth[child] = depth[parentIndex] + 1;
    }

    /** Whether {@code i} is the free slot under a leaf rather than a card. */
    boolean isSlot(int i) {
        return i >= cardCount;
    }

    int size() {
        return nodes.length;
    }

    int childCount(int i) {
        return childStart[i + 1] - childStart[i];
    }

    int firstChild(int i) {
        return childCount(i) == 0 ? -1 : children[childStart[i]];
    }

    int lastChild(int i) {
        return childCount(i) == 0 ? -1 : children[childStart[i + 1] - 1];
    }

    /** The sibling just left of {@code i}, or -1. */
    int leftSibling(int i) {
        return number[i] == 0 ? -1 : children[childStart[parent[i]] + number[i] - 1];
    }

    /** Nodes in post-order, children left to right before their parent. */
    int[] postOrder() {
        int n = size();
        int[] order = new int[n];
        int[] stack = new int[Math.max(1, n)];
        int[] nextChild = new int[n];
        int top = 0;
        int out = 0;
        if (n > 0) {
            stack[top++] = 0;
        }
        while (top > 0) {
            int v = stack[top - 1];
            if (nextChild[v] < childCount(v)) {
                stack[top++] = children[childStart[v] + nextChild[v]++];
            } else {
                order[out++] = v;
                top--;
            }
        }
        return order;
    }
}
