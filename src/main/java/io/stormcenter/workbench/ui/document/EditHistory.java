package io.stormcenter.workbench.ui.document;

import io.stormcenter.workbench.model.AttackTree;
import java.util.ArrayDeque;
import java.util.Deque;

/** Undo and redo as stacks of whole trees (trees are immutable and share their nodes). */
public final class EditHistory {

    private final int limit;
    private final Deque<AttackTree> undo = new ArrayDeque<>();
    private final Deque<AttackTree> redo = new ArrayDeque<>();

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the history must hold at least one step");
        }
        this.limit = limit;
    }

    /** Remembers the tree before an edit; a new edit forgets what could be redone. */
    public void recordBefore(AttackTree before) {
        undo.push(before);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The tree to go back to from {@code current}, or null when there is nothing to undo. */
    public AttackTree undo(AttackTree current) {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        return undo.pop();
    }

    public AttackTree redo(AttackTree current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        return redo.pop();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public int undoDepth() {
        return undo.size();
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
