package io.stormcenter.workbench.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An attack-defense tree: an immutable value. Nodes are kept in a stable list order (the file
 * order); structure is given by each node's children ids. Every edit returns a new tree.
 * A tree read from a file may be broken (dangling ids, cycles); {@link TreeValidator} says how,
 * and every method here stays safe on such a tree.
 */
public final class AttackTree {

    private final String id;
    private final String title;
    private final String description;
    private final String rootId;
    private final List<Node> nodes;
    /** Built with the tree: every lookup by id goes through it (one table, no per-node objects). */
    private final TreeIndex index;

    public AttackTree(String id, String title, String description, String rootId, List<Node> nodes) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = title == null ? "" : title;
        this.description = description == null ? "" : description;
        this.rootId = Objects.requireNonNull(rootId, "root");
        this.nodes = List.copyOf(nodes);
        this.index = TreeIndex.of(this.nodes, rootId);
    }

    /** A tree of one attack node. */
    public static AttackTree single(String treeId, String title, Node root) {
        return new AttackTree(treeId, title, "", root.id(), List.of(root));
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String rootId() {
        return rootId;
    }

    public Node root() {
        return node(rootId);
    }

    /** All nodes in file order. */
    public List<Node> nodes() {
        return nodes;
    }

    public int size() {
        return nodes.size();
    }

    /** The node with this id, or null. */
    public Node node(String nodeId) {
        return index.node(nodeId);
    }

    public Optional<Node> find(String nodeId) {
        return Optional.ofNullable(index.node(nodeId));
    }

    public boolean contains(String nodeId) {
        return index.contains(nodeId);
    }

    /** The children that exist, in order (dangling ids are skipped). */
    public List<Node> children(String nodeId) {
        Node node = index.node(nodeId);
        if (node == null) {
            return List.of();
        }
        List<Node> result = new ArrayList<>(node.children().size());
        for (String child : node.children()) {
            Node c = index.node(child);
            if (c != null) {
                result.add(c);
            }
        }
        return result;
    }

    /** Children of the node's own role: the ones its gate combines. */
    public List<Node> refinements(String nodeId) {
        Node node = index.node(nodeId);
        if (node == null) {
            return List.of();
        }
        return children(nodeId).stream().filter(c -> c.role() == node.role()).toList();
    }

    /** The child of the opposite role that counters this node, if any. */
    public Optional<Node> counter(String nodeId) {
        Node node = index.node(nodeId);
        if (node == null) {
            return Optional.empty();
        }
        return children(nodeId).stream().filter(c -> c.role() != node.role()).findFirst();
    }

    public Optional<Node> parent(String nodeId) {
        int i = index.indexOf(nodeId);
        return i < 0 || index.parent(i) < 0 ? Optional.empty() : Optional.of(index.node(index.parent(i)));
    }

    /** Ids from this node up to the root, starting with the node itself. */
    public List<String> pathToRoot(String nodeId) {
        List<String> path = new ArrayList<>();
        path.add(nodeId);
        Set<Integer> seen = new HashSet<>();
        for (int i = index.indexOf(nodeId); i >= 0 && seen.add(i); i = index.parent(i)) {
            if (seen.size() > 1) {
                path.add(index.node(i).id());
            }
        }
        return path;
    }

    /** Whether {@code candidate} lies in the subtree of {@code ancestor} (a node is in its own subtree). */
    public boolean isInSubtree(String ancestor, String candidate) {
        return pathToRoot(candidate).contains(ancestor);
    }

    /** The subtree's nodes in pre-order, the subtree root first; safe on cycles. */
    public List<Node> subtree(String nodeId) {
        List<Node> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(nodeId);
        while (!stack.isEmpty()) {
            String current = stack.pop();
            Node node = index.node(current);
            if (node == null || !seen.add(current)) {
                continue;
            }
            result.add(node);
            List<String> kids = node.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return result;
    }

    /**
     * Leaves reachable from the root, in pre-order: the nodes no child of their own role refines.
     * An attack step that a defence counters is still a step (a leaf of the attack), as in ADTool.
     */
    public List<Node> leaves() {
        return subtree(rootId).stream().filter(n -> refinements(n.id()).isEmpty()).toList();
    }

    /** The integer-indexed shape for fast evaluation, computed once per tree. */
    public TreeIndex index() {
        return index;
    }

    // ---- edits: each returns a new tree ----

    public AttackTree withTitle(String value) {
        return new AttackTree(id, value, description, rootId, nodes);
    }

    public AttackTree withDescription(String value) {
        return new AttackTree(id, title, value, rootId, nodes);
    }

    public AttackTree withId(String value) {
        return new AttackTree(value, title, description, rootId, nodes);
    }

    /** Replaces the node that has the same id. */
    public AttackTree withNode(Node replacement) {
        if (!index.contains(replacement.id())) {
            throw new IllegalArgumentException("no node '" + replacement.id() + "' in this tree");
        }
        List<Node> next = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            next.add(node.id().equals(replacement.id()) ? replacement : node);
        }
        return new AttackTree(id, title, description, rootId, next);
    }

    /** Adds a new node as the last child of a parent. */
    public AttackTree addChild(String parentId, Node child) {
        Node parent = requireNode(parentId);
        return insertSubtree(parentId, parent.children().size(), List.of(child));
    }

    /**
     * Inserts a subtree (its root first, as {@link #subtree} returns it) under a parent at a
     * child position. Ids must be new to this tree.
     */
    public AttackTree insertSubtree(String parentId, int position, List<Node> subtreeNodes) {
        Node parent = requireNode(parentId);
        if (subtreeNodes.isEmpty()) {
            return this;
        }
        for (Node node : subtreeNodes) {
            if (index.contains(node.id())) {
                throw new IllegalArgumentException("id '" + node.id() + "' is already used in this tree");
            }
        }
        List<String> kids = new ArrayList<>(parent.children());
        kids.add(Math.max(0, Math.min(position, kids.size())), subtreeNodes.get(0).id());
        List<Node> next = new ArrayList<>(nodes.size() + subtreeNodes.size());
        for (Node node : nodes) {
            next.add(node.id().equals(parentId) ? node.withChildren(kids) : node);
        }
        next.addAll(subtreeNodes);
        return new AttackTree(id, title, description, rootId, next);
    }

    /** Removes a node and everything under it. The root cannot be removed. */
    public AttackTree removeSubtree(String nodeId) {
        requireNode(nodeId);
        if (nodeId.equals(rootId)) {
            throw new IllegalArgumentException("the root cannot be deleted");
        }
        Set<String> doomed = new HashSet<>();
        for (Node node : subtree(nodeId)) {
            doomed.add(node.id());
        }
        List<Node> next = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            if (doomed.contains(node.id())) {
                continue;
            }
            if (node.children().contains(nodeId)) {
                node = node.withChildren(node.children().stream().filter(c -> !c.equals(nodeId)).toList());
            }
            next.add(node);
        }
        return new AttackTree(id, title, description, rootId, next);
    }

    /** Removes one node; its children take its place under its parent, in order. */
    public AttackTree removeNode(String nodeId) {
        Node doomed = requireNode(nodeId);
        if (nodeId.equals(rootId)) {
            throw new IllegalArgumentException("the root cannot be deleted");
        }
        List<Node> next = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            if (node.id().equals(nodeId)) {
                continue;
            }
            if (node.children().contains(nodeId)) {
                List<String> kids = new ArrayList<>();
                for (String child : node.children()) {
                    if (child.equals(nodeId)) {
                        kids.addAll(doomed.children());
                    } else {
                        kids.add(child);
                    }
                }
                node = node.withChildren(kids);
            }
            next.add(node);
        }
        return new AttackTree(id, title, description, rootId, next);
    }

    /** Why moving a subtree under a new parent is refused, or empty when it is allowed. */
    public Optional<String> moveRefusal(String nodeId, String newParentId) {
        if (!index.contains(nodeId) || !index.contains(newParentId)) {
            return Optional.of("no such node");
        }
        if (nodeId.equals(rootId)) {
            return Optional.of("the root cannot be moved");
        }
        if (isInSubtree(nodeId, newParentId)) {
            return Optional.of("'" + index.node(newParentId).label() + "' lies inside the subtree of '"
                    + index.node(nodeId).label() + "': the move would make a cycle");
        }
        return Optional.empty();
    }

    /** Moves a subtree to become a child of another node, at a child position. */
    public AttackTree moveSubtree(String nodeId, String newParentId, int position) {
        moveRefusal(nodeId, newParentId).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        List<Node> next = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            List<String> kids = node.children();
            if (kids.contains(nodeId)) {
                kids = kids.stream().filter(c -> !c.equals(nodeId)).toList();
            }
            if (node.id().equals(newParentId)) {
                List<String> withMoved = new ArrayList<>(kids);
                withMoved.add(Math.max(0, Math.min(position, withMoved.size())), nodeId);
                kids = withMoved;
            }
            next.add(kids == node.children() ? node : node.withChildren(kids));
        }
        return new AttackTree(id, title, description, rootId, next);
    }

    /** Moves a child one place left (-1) or right (+1) among its siblings. */
    public AttackTree reorderChild(String nodeId, int delta) {
        Node parent = parent(nodeId).orElseThrow(() -> new IllegalArgumentException("the root has no siblings"));
        List<String> kids = new ArrayList<>(parent.children());
        int from = kids.indexOf(nodeId);
        int to = Math.max(0, Math.min(kids.size() - 1, from + delta));
        kids.remove(from);
        kids.add(to, nodeId);
        return withNode(parent.withChildren(kids));
    }

    /** An id not yet used in this tree, derived from a base ("node", "node-2", ...). */
    public String freshId(String base) {
        String slug = Ids.slug(base);
        if (!index.contains(slug)) {
            return slug;
        }
        for (int i = 2; ; i++) {
            String candidate = slug + "-" + i;
            if (!index.contains(candidate)) {
                return candidate;
            }
        }
    }

    private Node requireNode(String nodeId) {
        Node node = index.node(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + nodeId + "' in this tree");
        }
        return node;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttackTree that && id.equals(that.id) && title.equals(that.title)
                && description.equals(that.description) && rootId.equals(that.rootId) && nodes.equals(that.nodes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, rootId, nodes);
    }

    @Override
    public String toString() {
        return "AttackTree[" + id + ", " + nodes.size() + " nodes, root " + rootId + "]";
    }
}
