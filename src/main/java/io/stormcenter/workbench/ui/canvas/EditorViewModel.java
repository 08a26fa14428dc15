package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.picture.CardTexts;
import io.stormcenter.workbench.ui.document.SubtreeCopy;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * State and commands of the tree canvas: which nodes are selected (the last one is the primary
 * selection the inspector shows), which subtrees are collapsed, what is highlighted, and every
 * structural edit. Edits go through the {@link TreeDocument}, so each one is an undo step.
 */
public final class EditorViewModel {

    private final TreeDocument document;
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnlySelection = FXCollections.unmodifiableObservableSet(selection);
    private final ReadOnlyObjectWrapper<String> primary = new ReadOnlyObjectWrapper<>(this, "primary");
    private final ObservableSet<String> collapsed = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> readOnlyCollapsed = FXCollections.unmodifiableObservableSet(collapsed);
    private final ReadOnlyObjectWrapper<Set<String>> pathToRoot = new ReadOnlyObjectWrapper<>(this, "pathToRoot", Set.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<String> renameRequest = new ReadOnlyObjectWrapper<>(this, "renameRequest");
    private final ReadOnlyObjectWrapper<String> revealRequest = new ReadOnlyObjectWrapper<>(this, "revealRequest");
    private final java.util.Map<BadgeDomain, java.util.function.Supplier<CardTexts>> badgeSources =
            new java.util.EnumMap<>(BadgeDomain.class);
    private final ObjectProperty<BadgeDomain> badgeDomain = new SimpleObjectProperty<>(this, "badgeDomain",
            BadgeDomain.PROBABILITY);
    private SubtreeCopy clipboard;

    public EditorViewModel(TreeDocument document) {
        this.document = document;
        document.treeProperty().addListener((obs, old, tree) -> dropVanished(tree));
        primary.addListener((obs, old, id) -> refreshPath());
        document.treeProperty().addListener((obs, old, tree) -> refreshPath());
        // a message answers the last command: once the user has moved on it is stale
        primary.addListener((obs, old, id) -> message.set(""));
        document.treeProperty().addListener((obs, old, tree) -> message.set(""));
    }

    // ---- selection ----

    public void select(String nodeId) {
        selection.clear();
        if (nodeId != null && tree().contains(nodeId)) {
            selection.add(nodeId);
        }
        primary.set(nodeId != null && tree().contains(nodeId) ? nodeId : null);
    }

    /** Ctrl-click: adds or removes one node. */
    public void toggleSelected(String nodeId) {
        if (selection.remove(nodeId)) {
            primary.set(selection.isEmpty() ? null : selection.iterator().next());
        } else {
            selection.add(nodeId);
            primary.set(nodeId);
        }
    }

    /** Rubber band: replaces (or extends) the selection with these nodes. */
    public void selectAll(Collection<String> nodeIds, boolean extend) {
        if (!extend) {
            selection.clear();
        }
        selection.addAll(nodeIds);
        primary.set(nodeIds.isEmpty() ? (selection.isEmpty() ? null : primary.get()) : nodeIds.iterator().next());
    }

    /** Selects a node and asks the view to scroll it into sight (outline, problems, search). */
    public void reveal(String nodeId) {
        if (nodeId == null || !tree().contains(nodeId)) {
            return;
        }
        for (String ancestor : tree().pathToRoot(nodeId)) {
            if (!ancestor.equals(nodeId)) {
                collapsed.remove(ancestor);
            }
        }
        select(nodeId);
        revealRequest.set(null);
        revealRequest.set(nodeId);
    }

    /** Arrow keys: -1/+1 = previous/next sibling, up = parent, down = first child. */
    public void navigate(String direction) {
        String id = primary.get();
        if (id == null) {
            select(tree().rootId());
            return;
        }
        AttackTree tree = tree();
        switch (direction) {
            case "up" -> tree.parent(id).ifPresent(p -> reveal(p.id()));
            case "down" -> {
                if (!collapsed.contains(id)) {
                    tree.children(id).stream().findFirst().ifPresent(c -> reveal(c.id()));
                }
            }
            case "left", "right" -> tree.parent(id).ifPresent(p -> {
                List<String> kids = p.children();
                int at = kids.indexOf(id) + ("left".equals(direction) ? -1 : 1);
                if (at >= 0 && at < kids.size()) {
                    reveal(kids.get(at));
                }
            });
            default -> throw new IllegalArgumentException(direction);
        }
    }

    // ---- structural edits ----

    /** Tab: a new step under the selected node, of the node's own role. */
    public void addChild() {
        withPrimary(id -> {
            Node parent = tree().node(id);
            String label = parent.role() == Role.ATTACK ? "New attack step" : "New defence";
            insertNew(id, parent.children().size(), parent.role(), label);
        });
    }

    /** Enter: a new node after the selected one, under the same parent. */
    public void addSibling() {
        withPrimary(id -> {
            Optional<Node> parent = tree().parent(id);
            if (parent.isEmpty()) {
                say("The root has no siblings: press Tab to add a child");
                return;
            }
            Node self = tree().node(id);
            String label = self.role() == Role.ATTACK ? "New attack step" : "New defence";
            insertNew(parent.get().id(), parent.get().children().indexOf(id) + 1, self.role(), label);
        });
    }

    /** D: a countermeasure of the opposite role on the selected node (one per node). */
    public void addDefence() {
        withPrimary(id -> {
            Optional<Node> counter = tree().counter(id);
            if (counter.isPresent()) {
                String text = "'" + tree().node(id).label() + "' is already countered by '" + counter.get().label()
                        + "': add to that node instead";
                reveal(counter.get().id());
                say(text);
                return;
            }
            Node node = tree().node(id);
            Role role = node.role().opposite();
            insertNew(id, node.children().size(), role, role == Role.DEFENCE ? "New defence" : "New counter-attack");
        });
    }

    private void insertNew(String parentId, int position, Role role, String label) {
        String newId = tree().freshId(role == Role.ATTACK ? "step" : "defence");
        Node node = Node.attack(newId, label).withRole(role);
        document.apply(t -> t.insertSubtree(parentId, position, List.of(node)));
        collapsed.remove(parentId);
        select(newId);
        requestRename(newId);
    }

    public void requestRename(String nodeId) {
        renameRequest.set(null);
        renameRequest.set(nodeId);
    }

    public void rename(String nodeId, String label) {
        Node node = tree().node(nodeId);
        if (node == null || label == null) {
            return;
        }
        String trimmed = label.strip();
        if (trimmed.isEmpty()) {
            say("A node needs a label");
            return;
        }
        document.apply(t -> t.withNode(node.withLabel(trimmed)));
    }

    /** Sets the gate of every selected node. */
    public void setGate(Gate gate) {
        if (selection.isEmpty()) {
            return;
        }
        document.apply(t -> {
            AttackTree next = t;
            for (String id : selection) {
                Node node = next.node(id);
                if (node != null) {
                    next = next.withNode(node.withGate(gate));
                }
            }
            return next;
        });
    }

    /** Delete: removes the selected nodes; their children move up to take their place. */
    public void deleteSelected() {
        deleteSelection(false);
    }

    /** Shift+Delete: removes the selected nodes with everything under them. */
    public void deleteSelectedSubtrees() {
        deleteSelection(true);
    }

    private void deleteSelection(boolean withSubtrees) {
        List<String> doomed = new ArrayList<>(selection);
        if (doomed.remove(tree().rootId())) {
            say("The root cannot be deleted");
        }
        if (doomed.isEmpty()) {
            return;
        }
        String parent = tree().parent(doomed.get(doomed.size() - 1)).map(Node::id).orElse(tree().rootId());
        document.apply(t -> {
            AttackTree next = t;
            for (String id : doomed) {
                if (next.contains(id)) {
                    next = withSubtrees ? next.removeSubtree(id) : next.removeNode(id);
                }
            }
            return next;
        });
        select(tree().contains(parent) ? parent : tree().rootId());
    }

    public void copy() {
        withPrimary(id -> {
            clipboard = SubtreeCopy.of(tree(), id);
            say("Copied '" + tree().node(id).label() + "' (" + clipboard.nodes().size() + " nodes)");
        });
    }

    public void cut() {
        withPrimary(id -> {
            if (id.equals(tree().rootId())) {
                say("The root cannot be cut; copy it instead");
                return;
            }
            clipboard = SubtreeCopy.of(tree(), id);
            select(id);
            deleteSelectedSubtrees();
        });
    }

    public boolean canPaste() {
        return clipboard != null;
    }

    /** Pastes the copied subtree (with fresh ids) as the last child of the selected node. */
    public void paste() {
        if (clipboard == null) {
            say("Nothing copied yet");
            return;
        }
        withPrimary(id -> pasteUnder(id, tree().node(id).children().size()));
    }

    /** Ctrl+D: a copy of the selected subtree right after it. */
    public void duplicate() {
        withPrimary(id -> {
            Optional<Node> parent = tree().parent(id);
            if (parent.isEmpty()) {
                say("The root cannot be duplicated");
                return;
            }
            clipboard = SubtreeCopy.of(tree(), id);
            pasteUnder(parent.get().id(), parent.get().children().indexOf(id) + 1);
        });
    }

    private void pasteUnder(String parentId, int position) {
        List<Node> fresh = clipboard.withFreshIds(tree());
        document.apply(t -> t.insertSubtree(parentId, position, fresh));
        collapsed.remove(parentId);
        select(fresh.get(0).id());
    }

    /** Drag and drop of a subtree onto another node; refused with the model's reason when it would make a cycle. */
    public boolean moveUnder(String nodeId, String newParentId) {
        Optional<String> refusal = tree().moveRefusal(nodeId, newParentId);
        if (refusal.isPresent()) {
            say("Cannot move: " + refusal.get());
            return false;
        }
        if (tree().parent(nodeId).map(Node::id).filter(newParentId::equals).isPresent()) {
            return false;
        }
        document.apply(t -> t.moveSubtree(nodeId, newParentId, t.node(newParentId).children().size()));
        collapsed.remove(newParentId);
        select(nodeId);
        say("Moved '" + tree().node(nodeId).label() + "' under '" + tree().node(newParentId).label() + "'");
        return true;
    }

    /** A manual drag: the nodes keep these positions in the file. */
    public void placeNodes(Map<String, Position> positions) {
        document.apply(t -> {
            AttackTree next = t;
            for (Map.Entry<String, Position> entry : positions.entrySet()) {
                Node node = next.node(entry.getKey());
                if (node != null) {
                    next = next.withNode(node.withPosition(entry.getValue()));
                }
            }
            return next;
        });
    }

    /** Forgets every manual position: the automatic layout again. */
    public void relayout() {
        boolean changed = document.apply(t -> {
            AttackTree next = t;
            for (Node node : t.nodes()) {
                if (node.position() != null) {
                    next = next.withNode(node.withPosition(null));
                }
            }
            return next;
        });
        say(changed ? "Automatic layout restored" : "The tree already uses the automatic layout");
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    // ---- collapse ----

    public void toggleCollapsed(String nodeId) {
        if (!collapsed.remove(nodeId) && !tree().node(nodeId).isLeaf()) {
            collapsed.add(nodeId);
        }
    }

    public void expandAll() {
        collapsed.clear();
    }

    // ---- internals ----

    private void withPrimary(Consumer<String> action) {
        String id = primary.get();
        if (id == null || !tree().contains(id)) {
            say("Select a node first");
            return;
        }
        action.accept(id);
    }

    /** Puts a line in the status bar (until the selection or the tree changes). */
    public void say(String text) {
        message.set("");
        message.set(text);
    }

    private void dropVanished(AttackTree tree) {
        selection.removeIf(id -> !tree.contains(id));
        collapsed.removeIf(id -> !tree.contains(id) || tree.node(id).isLeaf());
        if (primary.get() != null && !tree.contains(primary.get())) {
            primary.set(selection.isEmpty() ? null : selection.iterator().next());
        }
    }

    private void refreshPath() {
        String id = primary.get();
        pathToRoot.set(id == null ? Set.of() : Set.copyOf(tree().pathToRoot(id)));
    }

    private AttackTree tree() {
        return document.tree();
    }

    public TreeDocument document() {
        return document;
    }

    public ObservableSet<String> selection() {
        return readOnlySelection; // one view for all callers: listeners on a fresh view die with it
    }

    public String primary() {
        return primary.get();
    }

    public ReadOnlyObjectProperty<String> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public ObservableSet<String> collapsed() {
        return readOnlyCollapsed; // one view for all callers: listeners on a fresh view die with it
    }

    /** The primary selection's ancestors (itself included), for highlighting its path to the root. */
    public ReadOnlyObjectProperty<Set<String>> pathToRootProperty() {
        return pathToRoot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> renameRequestProperty() {
        return renameRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> revealRequestProperty() {
        return revealRequest.getReadOnlyProperty();
    }

    /**
     * Lets a badge domain whose figures live elsewhere (the calibration, the heat) write the cards'
     * badges; the canvas asks {@link #cardTexts()}.
     */
    public void provideBadges(BadgeDomain domain, java.util.function.Supplier<CardTexts> texts) {
        badgeSources.put(domain, texts);
    }

    /** How the cards write their badges in the chosen domain. */
    public CardTexts cardTexts() {
        java.util.function.Supplier<CardTexts> source = badgeSources.get(badgeDomain.get());
        return source == null ? badgeDomain.get().cardTexts() : source.get();
    }

    public ObjectProperty<BadgeDomain> badgeDomainProperty() {
        return badgeDomain;
    }
}
