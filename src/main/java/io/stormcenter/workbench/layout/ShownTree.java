package io.stormcenter.workbench.layout;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a tree that is shown (children of collapsed nodes hidden), as integer arrays in
 * pre-order: node {@code i} has parent {@code parent[i]} (-1 for the root), depth, and children
 * {@code children[childStart[i] .. childStart[i+1])} in the model's order. Built with an explicit
 * stack; a node reached twice (a broken file's cycle or second parent) is shown once.
 *
 * <p>Every shown leaf gets one <em>slot</em> below it: a placeholder child (index {@code >= cardCount},
 * {@code nodes[i] == null}) that the placement packs like a card but nobody draws. It keeps the
 * place under a leaf free, so a card of another parent never stands right under a leaf, where
 * its elbow edge would make it read as that leaf's child.
 */
final class ShownTree {

    /** The shown nodes, then null for the slots under leaves. */
    final Node[] nodes;
    final int cardCount;
    final int[] parent;
    final int[] depth;
    /** Place among its siblings, 0 for the first child. */
    final int[] number;
    final int[] childStart;
    final int[] children;
    final Map<String, Integer> hiddenBelow;

    private ShownTree(Node[] nodes, int cardCount, int[] parent, int[] depth, int[] number, int[] childStart, int[] children,
                      Map<String, Integer> hiddenBelow) {
        this.nodes = nodes;
        this.cardCount = cardCount;
        this.parent = parent;
        this.depth = depth;
        this.number = number;
        this.childStart = childStart;
        this.children = children;
        this.hiddenBelow = hiddenBelow;
    }

    static ShownTree of(AttackTree tree, Set<String> collapsed) {
        List<Node> preorder = new ArrayList<>();
        List<List<String>> kidsOf = new ArrayList<>();
        Map<String, Integer> hidden = new HashMap<>();
        if (tree.contains(tree.rootId())) {
            Set<String> seen = new HashSet<>();
            ArrayDeque<String> stack = new ArrayDeque<>();
            stack.push(tree.rootId());
            seen.add(tree.rootId());
            while (!stack.isEmpty()) {
                String id = stack.pop();
                Node node = tree.node(id);
                preorder.add(node);
                List<String> kids = new ArrayList<>();
                kidsOf.add(kids);
                if (collapsed.contains(id) && !node.isLeaf()) {
                    hidden.put(id, tree.subtree(id).size() - 1);
                    continue;
                }
                for (Node child : tree.children(id)) {
                    if (seen.add(child.id())) {
                        kids.add(child.id());
                    }
                }
                for (int k = kids.size() - 1; k >= 0; k--) {
                    stack.push(kids.get(k));
                }
            }
        }
        int n = preorder.size();
        Map<String, Integer> indexOf = new HashMap<>(n * 2);
        int leaves = 0;
        for (int i = 0; i < n; i++) {
            indexOf.put(preorder.get(i).id(), i);
            leaves += kidsOf.get(i).isEmpty() ? 1 : 0;
        }
        int total = n + leaves;
        int[] parent = new int[total];
        int[] depth = new int[total];
        int[] number = new int[total];
        int[] childStart = new int[total + 1];
        int[] children = new int[Math.max(0, total - 1)];
        java.util.Arrays.fill(parent, -1);
        int next = 0;
        int slot = n;
        for (int i = 0; i < n; i++) {
            childStart[i] = next;
            List<String> kids = kidsOf.get(i);
            for (int k = 0; k < kids.size(); k++) {
                int child = indexOf.get(kids.get(k));
                children[next++] = child;
                adopt(i, child, k, parent, depth, number);
            }
            if (kids.isEmpty()) {
                children[next++] = slot;
                adopt(i, slot++, 0, parent, depth, number);
            }
        }
        for (int i = n; i <= total; i++) {
            childStart[i] = next; // slots have no children
        }
        Node[] nodes = java.util.Arrays.copyOf(preorder.toArray(Node[]::new), total);
        return new ShownTree(nodes, n, parent, depth, number, childStart, children, hidden);
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
