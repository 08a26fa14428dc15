package io.stormcenter.workbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import java.util.function.Supplier;

/**
 * Moves the keyboard between the canvas and the inspector, as IDEs move it between editor and
 * tool windows: F6 goes to the inspector's first field and back; Ctrl+Tab on the canvas goes to
 * the inspector too (elsewhere it keeps switching tabs, as JavaFX's tab panes do). The keys are
 * the catalogue's ({@code StandardAction.SWITCH_PANE}, {@code FOCUS_FIELDS}); this is what they do.
 */
final class PaneFocus {

    private final Supplier<Node> focusOwner;
    private final Node canvas;
    private final Runnable focusCanvas;
    private final Parent inspector;
    private final Runnable showInspector;

    /**
     * @param focusOwner    what has the keyboard now
     * @param showInspector brings the inspector's tab to the front
     */
    PaneFocus(Supplier<Node> focusOwner, Node canvas, Runnable focusCanvas, Parent inspector, Runnable showInspector) {
        this.focusOwner = focusOwner;
        this.canvas = canvas;
        this.focusCanvas = focusCanvas;
        this.inspector = inspector;
        this.showInspector = showInspector;
    }

    /** From the canvas to the inspector's first field, from anywhere else back to the canvas. */
    void toggle() {
        if (within(focusOwner.get(), canvas)) {
            toInspector();
        } else {
            focusCanvas.run();
        }
    }

    /** To the inspector's first field (or the inspector itself when it has none to offer). */
    void toInspector() {
        showInspector.run();
        inspector.applyCss();
        inspector.layout();
        Node first = firstShownField(inspector);
        if (first != null) {
            first.requestFocus();
        } else {
            inspector.requestFocus();
        }
    }

    private static Node firstShownField(Parent root) {
        for (Node node : root.lookupAll(".text-input")) {
            if (shown(node, root) && !node.isDisabled()) {
                return node;
            }
        }
        return null;
    }

    private static boolean shown(Node node, Parent root) {
        for (Node at = node; at != null && at != root; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
