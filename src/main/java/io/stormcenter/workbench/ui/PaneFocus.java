package io.stormcenter.workbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Moves the keyboard between the canvas and the inspector, as IDEs move it between editor and
 * tool windows: F6 goes to the inspector's first field and back; Ctrl+Tab on the canvas goes to
 * the inspector too (elsewhere it keeps switching tabs, as JavaFX's tab panes do).
 */
final class PaneFocus {

    private final Node canvas;
    private final Runnable focusCanvas;
    private final Parent inspector;
    private final Runnable showInspector;

    private PaneFocus(Node canvas, Runnable focusCanvas, Parent inspector, Runnable showInspector) {
        this.canvas = canvas;
        this.focusCanvas = focusCanvas;
        this.inspector = inspector;
        this.showInspector = showInspector;
    }

    static void install(Scene scene, Node canvas, Runnable focusCanvas, Parent inspector, Runnable showInspector) {
        PaneFocus focus = new PaneFocus(canvas, focusCanvas, inspector, showInspector);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean onCanvas = within(scene.getFocusOwner(), canvas);
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                focus.toggle(onCanvas);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && e.isShortcutDown() && onCanvas) {
                focus.toggle(true);
                e.consume();
            }
        });
    }

    private void toggle(boolean onCanvas) {
        if (!onCanvas) {
            focusCanvas.run();
            return;
        }
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
