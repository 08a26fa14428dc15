package io.stormcenter.workbench.ui.document;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The tree being edited, the file it belongs to, and its history. Every edit is a function
 * from tree to tree. Edits that carry the same coalescing key one after another (typing into
 * one field of one node) make one undo step, so undo goes back a whole word, not a letter.
 */
public final class TreeDocument {

    /** At least the 500 steps the workbench promises. */
    public static final int HISTORY_LIMIT = 1000;

    private final ReadOnlyObjectWrapper<AttackTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyIntegerWrapper generation =
            new ReadOnlyIntegerWrapper(this, "generation");
    private final EditHistory history = new EditHistory(HISTORY_LIMIT);
    private AttackTree saved;
    private String lastCoalescingKey;

    public TreeDocument(AttackTree initial) {
        load(initial, null);
    }

    /** A fresh one-node tree. */
    public static AttackTree untitledTree() {
        return AttackTree.single("untitled", "Untitled attack tree", Node.attack("goal", "Attack goal"));
    }

    /** Replaces the document with a tree from a file (or a new tree); history starts over. */
    public void load(AttackTree value, Path source) {
        history.clear();
        lastCoalescingKey = null;
        saved = value;
        file.set(source);
        tree.set(value);
        refreshFlags();
        generation.set(generation.get() + 1);
    }

    /** Counts documents loaded (not edits): the canvas fits a freshly opened tree to the window. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** Opens a recovered copy: it belongs to {@code source} but is not saved there, so it is dirty. */
    public void loadRecovered(AttackTree value, Path source) {
        load(value, source);
        saved = null;
        refreshFlags();
    }

    /** Applies an edit as one undo step. Returns whether the tree changed. */
    public boolean apply(UnaryOperator<AttackTree> edit) {
        return apply(null, edit);
    }

    /** Applies an edit; consecutive edits with the same non-null key make one undo step. */
    public boolean apply(String coalescingKey, UnaryOperator<AttackTree> edit) {
        AttackTree before = tree.get();
        AttackTree after = Objects.requireNonNull(edit.apply(before), "an edit must return a tree");
        if (after.equals(before)) {
            return false;
        }
        if (coalescingKey == null || !coalescingKey.equals(lastCoalescingKey)) {
            history.recordBefore(before);
        }
        lastCoalescingKey = coalescingKey;
        tree.set(after);
        refreshFlags();
        return true;
    }

    public void undo() {
        AttackTree previous = history.undo(tree.get());
        if (previous != null) {
            lastCoalescingKey = null;
            tree.set(previous);
            refreshFlags();
        }
    }

    public void redo() {
        AttackTree next = history.redo(tree.get());
        if (next != null) {
            lastCoalescingKey = null;
            tree.set(next);
            refreshFlags();
        }
    }

    /** The tree now equals what is on disk at {@code target}. */
    public void markSaved(AttackTree writtenTree, Path target) {
        saved = writtenTree;
        file.set(target);
        lastCoalescingKey = null;
        refreshFlags();
    }

    /** Ends a run of coalesced edits (e.g. the user left the field). */
    public void endCoalescing() {
        lastCoalescingKey = null;
    }

    private void refreshFlags() {
        dirty.set(!tree.get().equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    public AttackTree tree() {
        return tree.get();
    }

    public ReadOnlyObjectProperty<AttackTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public int undoDepth() {
        return history.undoDepth();
    }
}
