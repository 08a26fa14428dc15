package io.stormcenter.workbench.model;

import java.util.Arrays;
import java.util.List;

/**
 * The shape of a tree as integer arrays, for evaluations that must stay fast and free of
 * recursion on trees of 100,000 nodes or 100,000 levels. Index {@code i} is the i-th distinct
 * node of {@link AttackTree#nodes()}. Children are in compressed rows; dangling ids are left out.
 * {@link #postOrder()} holds only the nodes reachable from the root, each once, children before
 * parents; a cycle is cut where it closes.
 */
public final class TreeIndex {

    private final Node[] nodes;
    private final IdTable positions;
    private final int[] duplicates;
    private final int[] childStart;
    private final int[] childList;
    private final int[] parent;
    private final int root;
    private final int[] postOrder;

    private TreeIndex(Node[] nodes, IdTable positions, int[] duplicates, int[] childStart, int[] childList,
                      int[] parent, int root, int[] postOrder) {
        this.nodes = nodes;
        this.positions = positions;
        this.duplicates = duplicates;
        this.childStart = childStart;
        this.childList = childList;
        this.parent = parent;
        this.root = root;
        this.postOrder = postOrder;
    }

    static TreeIndex of(List<Node> list, String rootId) {
        Node[] nodes = new Node[list.size()];
        IdTable positions = new IdTable(list.size());
        int[] duplicates = new int[0];
        int count = 0;
        for (int i = 0; i < nodes.length; i++) {
            Node node = list.get(i);
            if (positions.addIfAbsent(node.id(), count) < 0) {
                nodes[count++] = node;
            } else {
                duplicates = Arrays.copyOf(duplicates, duplicates.length + 1);
                duplicates[duplicates.length - 1] = i;
            }
        }
        nodes = Arrays.copyOf(nodes, count);
        int[] childStart = new int[count + 1];
        int[] childList = new int[count];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            childStart[i] = edges;
            edges = addChildren(nodes[i], positions, childList, edges);
            if (edges < 0) { // the list was full: grow it and redo this node
                childList = Arrays.copyOf(childList, childList.length * 2 + nodes[i].children().size());
                edges = addChildren(nodes[i], positions, childList, childStart[i]);
            }
        }
        childStart[count] = edges;
        childList = Arrays.copyOf(childList, edges);
        int[] parent = firstParents(count, childStart, childList);
        int root = positions.positionOf(rootId);
        int[] postOrder = root < 0 ? new int[0] : postOrder(root, count, childStart, childList);
        return new TreeIndex(nodes, positions, duplicates, childStart, childList, parent, root, postOrder);
    }

    /**
     * Appends the positions of a node's existing children from {@code edges} on; returns the new
     * edge count, or -1 when {@code childList} has no room. Its own method so the JIT compiles it
     * after a few hundred nodes rather than when the caller's loop is replaced on the stack.
     */
    private static int addChildren(Node node, IdTable positions, int[] childList, int edges) {
        List<String> children = node.children();
        for (int k = 0, size = children.size(); k < size; k++) {
            int c = positions.positionOf(children.get(k));
            if (c >= 0) {
                if (edges == childList.length) {
                    return -1;
                }
                childList[edges++] = c;
            }
        }
        return edges;
    }

    private static int[] firstParents(int count, int[] childStart, int[] childList) {
        int[] parent = new int[count];
        Arrays.fill(parent, -1);
        for (int i = 0; i < count; i++) {
            for (int e = childStart[i]; e < childStart[i + 1]; e++) {
                if (parent[childList[e]] < 0) {
                    parent[childList[e]] = i;
                }
            }
        }
        return parent;
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
        return positions.positionOf(id);
    }

    public boolean contains(String id) {
        return positions.positionOf(id) >= 0;
    }

    /** The node with this id (its first occurrence in the list), or null. */
    public Node node(String id) {
        int i = positions.positionOf(id);
        return i < 0 ? null : nodes[i];
    }

    /**
     * Positions in the tree's node list of nodes whose id an earlier node already has; they are
     * left out of this index. Do not modify.
     */
    public int[] duplicates() {
        return duplicates;
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
