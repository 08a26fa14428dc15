package io.stormcenter.workbench.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a tree as integer arrays, for evaluations that must stay fast and free of
 * recursion on trees of 100,000 nodes or 100,000 levels. Index {@code i} is the i-th distinct
 * node of {@link AttackTree#nodes()}. Children are in compressed rows; dangling ids are left out.
 * {@link #postOrder()} holds only the nodes reachable from the root, each once, children before
 * parents; a cycle is cut where it closes.
 */
public final class TreeIndex {

    private final Node[] nodes;
    private final Map<String, Integer> positions;
    private final int[] childStart;
    private final int[] childList;
    private final int[] parent;
    private final int root;
    private final int[] postOrder;

    private TreeIndex(Node[] nodes, Map<String, Integer> positions, int[] childStart, int[] childList,
                      int[] parent, int root, int[] postOrder) {
        this.nodes = nodes;
        this.positions = positions;
        this.childStart = childStart;
        this.childList = childList;
        this.parent = parent;
        this.root = root;
        this.postOrder = postOrder;
    }

    static TreeIndex of(AttackTree tree) {
        List<Node> list = tree.nodes();
        Map<String, Integer> positions = new HashMap<>(list.size() * 2);
        Node[] nodes = new Node[list.size()];
        int count = 0;
        for (Node node : list) {
            if (positions.putIfAbsent(node.id(), count) == null) {
                nodes[count++] = node;
            }
        }
        nodes = Arrays.copyOf(nodes, count);
        int[] childStart = new int[count + 1];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            childStart[i] = edges;
            for (String child : nodes[i].children()) {
                if (positions.containsKey(child)) {
                    edges++;
                }
            }
        }
        childStart[count] = edges;
        int[] childList = new int[edges];
        int[] parent = new int[count];
        Arrays.fill(parent, -1);
        int cursor = 0;
        for (int i = 0; i < count; i++) {
            for (String child : nodes[i].children()) {
                Integer c = positions.get(child);
                if (c != null) {
                    childList[cursor++] = c;
                    if (parent[c] < 0) {
                        parent[c] = i;
                    }
                }
            }
        }
        Integer rootPosition = positions.get(tree.rootId());
        int root = rootPosition == null ? -1 : rootPosition;
        int[] postOrder = root < 0 ? new int[0] : postOrder(root, count, childStart, childList);
        return new TreeIndex(nodes, positions, childStart, childList, parent, root, postOrder);
    }

    private static int[] postOrder(int root, int count, int[] childStart, int[] childList) {
        int[] order = new int[count];
        int size = 0;
        byte[] state = new byte[count]; // 0 new, 1 on the stack, 2 done
        int[] stack = new int[count];
        int[] nextChild = new int[count];
        int top = 0;
        stack[top++] = root;
        state[root] = 1;
        nextChild[root] = childStart[root];
        while (top > 0) {
            int v = stack[top - 1];
            if (nextChild[v] < childStart[v + 1]) {
                int c = childList[nextChild[v]++];
                if (state[c] == 0) {
                    state[c] = 1;
                    nextChild[c] = childStart[c];
                    stack[top++] = c;
                }
            } else {
                top--;
                state[v] = 2;
                order[size++] = v;
            }
        }
        return Arrays.copyOf(order, size);
    }

    public int size() {
        return nodes.length;
    }

    /** The root's index, or -1 when the root id names no node. */
    public int root() {
        return root;
    }

    public Node node(int i) {
        return nodes[i];
    }

    /** The index of a node id, or -1. */
    public int indexOf(String id) {
        Integer i = positions.get(id);
        return i == null ? -1 : i;
    }

    public int childCount(int i) {
        return childStart[i + 1] - childStart[i];
    }

    /** The k-th child of node i. */
    public int child(int i, int k) {
        return childList[childStart[i] + k];
    }

    /** The first parent of node i, or -1. */
    public int parent(int i) {
        return parent[i];
    }

    /** Reachable nodes, children before parents. Do not modify. */
    public int[] postOrder() {
        return postOrder;
    }
}
