package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What mouse and keyboard do on the canvas: click / Ctrl-click / Shift-drag selection, dragging
 * cards (onto another card = re-parent, elsewhere = keep the position), panning the background,
 * Ctrl+wheel zoom, the editing keys (Tab, Enter, D, F2, Delete, arrows), inline rename and the
 * context menu. Keys and menu items come from the window's action catalogue; every gesture is a
 * command of the {@link EditorViewModel}.
 */
public final class CanvasGestures {

    private static final double DRAG_THRESHOLD = 4;

    private final TreeCanvasView canvas;
    private final EditorViewModel editor;
    private final TextField inlineEditor = new TextField();
    private final ContextMenu menu = new ContextMenu();
    private String editing;
    /** The key that added a node and opened its name editor must not be typed into the name. */
    private boolean swallowTyped;
    private Point2D pressScreen;
    private Point2D lastScreen;
    private String pressedCard;
    private boolean dragging;
    private boolean panning;
    private boolean banding;
    private Point2D bandStart;
    private Predicate<KeyEvent> keys = e -> false;

    CanvasGestures(TreeCanvasView canvas, EditorViewModel editor) {
        this.canvas = canvas;
        this.editor = editor;
        inlineEditor.setId("inline-editor");
        inlineEditor.getStyleClass().add(WorkbenchCss.INLINE_EDITOR);
        inlineEditor.setManaged(false);
        inlineEditor.setVisible(false);
        canvas.viewport().getChildren().add(inlineEditor);
        inlineEditor.setOnAction(e -> finishRename(true));
        inlineEditor.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        inlineEditor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            swallowTyped = false;
            if (e.getCode() == KeyCode.ESCAPE) {
                finishRename(false);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                finishRename(true);
                editor.addChild();
                swallowTyped = editing != null;
                e.consume();
            }
        });
        inlineEditor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && editing != null) {
                // the user clicked elsewhere (say, the inspector): keep the name, leave the focus where it went
                commitRename();
            }
        });
        editor.renameRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                startRename(id);
            }
        });
        menu.setId("canvas-menu");
        var viewport = canvas.viewport();
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::backgroundPressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::backgroundDragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::backgroundReleased);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        viewport.setOnContextMenuRequested(e -> {
            if (editor.primary() != null) {
                menu.show(viewport, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    NodeCard newCard() {
        NodeCard card = new NodeCard();
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> cardPressed(card, e));
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> cardDragged(card, e));
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> cardReleased(card, e));
        card.toggle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                editor.toggleCollapsed(card.nodeId());
                e.consume();
            }
        });
        card.setOnContextMenuRequested(e -> {
            showMenu(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return card;
    }

    // ---- cards ----

    private void showMenu(NodeCard card, double screenX, double screenY) {
        if (!editor.selection().contains(card.nodeId())) {
            editor.select(card.nodeId());
        }
        if (!menu.isShowing()) {
            menu.show(card, screenX, screenY);
        }
    }

    private void cardPressed(NodeCard card, MouseEvent e) {
        canvas.viewport().requestFocus();
        if (e.getButton() != MouseButton.SECONDARY) {
            menu.hide();
        }
        pressScreen = new Point2D(e.getScreenX(), e.getScreenY());
        pressedCard = card.nodeId();
        dragging = false;
        if (e.getButton() == MouseButton.SECONDARY) {
            // on press, not only on CONTEXT_MENU_REQUESTED, which some platforms (and Monocle) never send
            showMenu(card, e.getScreenX(), e.getScreenY());
        } else if (e.getButton() == MouseButton.PRIMARY) {
            if (e.isShortcutDown()) {
                editor.toggleSelected(card.nodeId());
            } else if (e.isShiftDown()) {
                editor.selectAll(List.of(card.nodeId()), true);
            } else if (!editor.selection().contains(card.nodeId())) {
                editor.select(card.nodeId());
            }
            if (e.getClickCount() == 2) {
                editor.select(card.nodeId());
                editor.requestRename(card.nodeId());
            }
        }
        e.consume();
    }

    private void cardDragged(NodeCard card, MouseEvent e) {
        if (pressedCard == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getScreenX() - pressScreen.getX();
        double dy = e.getScreenY() - pressScreen.getY();
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        double s = canvas.scale();
        for (NodeCard shown : canvas.shownCards()) {
            if (editor.selection().contains(shown.nodeId())) {
                shown.setTranslateX(dx / s);
                shown.setTranslateY(dy / s);
                shown.toFront();
            }
        }
        Point2D local = canvas.viewport().screenToLocal(e.getScreenX(), e.getScreenY());
        Point2D at = canvas.toWorld(local.getX(), local.getY());
        canvas.setDropTarget(dropTargetAt(at));
        e.consume();
    }

    private String dropTargetAt(Point2D at) {
        TreeLayout layout = canvas.currentLayout();
        for (CardBox box : layout.boxes()) {
            if (at.getX() >= box.x() && at.getX() <= box.right() && at.getY() >= box.y() && at.getY() <= box.bottom()
                    && !editor.selection().contains(box.nodeId())) {
                return box.nodeId();
            }
        }
        return null;
    }

    private void cardReleased(NodeCard card, MouseEvent e) {
        if (!dragging) {
            pressedCard = null;
            return;
        }
        dragging = false;
        double s = canvas.scale();
        double dx = (e.getScreenX() - pressScreen.getX()) / s;
        double dy = (e.getScreenY() - pressScreen.getY()) / s;
        for (NodeCard shown : canvas.shownCards()) {
            shown.setTranslateX(0);
            shown.setTranslateY(0);
        }
        Point2D local = canvas.viewport().screenToLocal(e.getScreenX(), e.getScreenY());
        String target = dropTargetAt(canvas.toWorld(local.getX(), local.getY()));
        canvas.setDropTarget(null);
        if (target != null) {
            editor.moveUnder(pressedCard, target);
        } else {
            TreeLayout layout = canvas.currentLayout();
            Map<String, Position> moved = new LinkedHashMap<>();
            for (String id : editor.selection()) {
                CardBox box = layout.box(id);
                if (box != null) {
                    moved.put(id, new Position(Math.round(box.x() + dx), Math.round(box.y() + dy)));
                }
            }
            editor.placeNodes(moved);
        }
        pressedCard = null;
        e.consume();
    }

    // ---- background ----

    private void backgroundPressed(MouseEvent e) {
        canvas.viewport().requestFocus();
        menu.hide();
        lastScreen = new Point2D(e.getScreenX(), e.getScreenY());
        pressScreen = lastScreen;
        if (e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
            banding = true;
            bandStart = new Point2D(e.getX(), e.getY());
            canvas.rubberBand.setX(e.getX());
            canvas.rubberBand.setY(e.getY());
            canvas.rubberBand.setWidth(0);
            canvas.rubberBand.setHeight(0);
            canvas.rubberBand.setVisible(true);
        } else if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            panning = true;
            canvas.viewport().setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void backgroundDragged(MouseEvent e) {
        if (banding) {
            double x = Math.min(bandStart.getX(), e.getX());
            double y = Math.min(bandStart.getY(), e.getY());
            canvas.rubberBand.setX(x);
            canvas.rubberBand.setY(y);
            canvas.rubberBand.setWidth(Math.abs(e.getX() - bandStart.getX()));
            canvas.rubberBand.setHeight(Math.abs(e.getY() - bandStart.getY()));
        } else if (panning) {
            canvas.panBy(e.getScreenX() - lastScreen.getX(), e.getScreenY() - lastScreen.getY());
            lastScreen = new Point2D(e.getScreenX(), e.getScreenY());
        }
    }

    private void backgroundReleased(MouseEvent e) {
        if (banding) {
            banding = false;
            canvas.rubberBand.setVisible(false);
            Point2D a = canvas.toWorld(canvas.rubberBand.getX(), canvas.rubberBand.getY());
            Point2D b = canvas.toWorld(canvas.rubberBand.getX() + canvas.rubberBand.getWidth(),
                    canvas.rubberBand.getY() + canvas.rubberBand.getHeight());
            List<String> inside = new ArrayList<>();
            for (CardBox box : canvas.currentLayout().boxes()) {
                if (box.intersects(a.getX(), a.getY(), b.getX(), b.getY())) {
                    inside.add(box.nodeId());
                }
            }
            editor.selectAll(inside, true);
        } else if (panning) {
            panning = false;
            canvas.viewport().setCursor(null);
            boolean clicked = pressScreen != null
                    && Math.hypot(e.getScreenX() - pressScreen.getX(), e.getScreenY() - pressScreen.getY()) < DRAG_THRESHOLD;
            if (clicked && e.getButton() == MouseButton.PRIMARY) {
                editor.select(null);
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            canvas.zoomBy(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.panBy(e.getDeltaY(), 0);
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    // ---- keyboard ----

    private void keyPressed(KeyEvent e) {
        if (editing == null && e.getTarget() == canvas.viewport() && keys.test(e)) {
            e.consume();
            swallowTyped = editing != null;
        }
    }

    /**
     * The window's actions: the context menu's items and the keys of the canvas (Tab, Enter, D,
     * F2, Delete, arrows, Space), both made from one catalogue.
     */
    public void useActions(List<MenuItem> contextItems, Predicate<KeyEvent> canvasKeys) {
        menu.getItems().setAll(contextItems);
        keys = canvasKeys;
    }

    // ---- inline rename ----

    private void startRename(String nodeId) {
        var node = editor.document().tree().node(nodeId);
        if (node == null) {
            return;
        }
        editing = nodeId;
        canvas.reveal(nodeId);
        inlineEditor.setText(node.label());
        inlineEditor.setVisible(true);
        canvas.requestLayout();
        canvas.layout();
        placeEditor();
        inlineEditor.requestFocus();
        inlineEditor.selectAll();
    }

    void placeEditor() {
        if (editing == null) {
            return;
        }
        CardBox box = canvas.currentLayout().box(editing);
        if (box == null) {
            finishRename(false);
            return;
        }
        double s = canvas.scale();
        double x = (box.x() - canvas.offsetX()) * s;
        double y = (box.y() + 26 - canvas.offsetY()) * s;
        double w = Math.max(160, box.width() * s);
        inlineEditor.resizeRelocate(x, y, w, inlineEditor.prefHeight(-1));
        inlineEditor.toFront();
    }

    private void finishRename(boolean commit) {
        if (commit) {
            commitRename();
        } else {
            editing = null;
            inlineEditor.setVisible(false);
        }
        canvas.viewport().requestFocus();
    }

    private void commitRename() {
        String id = editing;
        editing = null;
        inlineEditor.setVisible(false);
        if (id != null) {
            editor.rename(id, inlineEditor.getText());
        }
    }

    /** The menu a right-click on a card opens (tests read its items). */
    public ContextMenu contextMenu() {
        return menu;
    }

    /** Whether the inline editor is open (tests and the window's key handling ask). */
    public boolean isRenaming() {
        return editing != null;
    }
}
