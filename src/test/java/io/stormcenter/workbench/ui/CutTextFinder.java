package io.stormcenter.workbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.text.Text;

/**
 * Finds text a user cannot read whole in a window as laid out: a label, button, check box, tab
 * title or table column title shortened with an ellipsis, a field's hint wider than the field, or
 * text running past the edge of what holds it (its panel, the visible part of a list or table, its
 * cell). A list or table cell may shorten a long value with an ellipsis only if its tooltip gives the
 * whole value. Only what is on screen counts (what a scroll pane shows, what the window shows); the
 * canvas's cards are left out (they shorten long labels to three lines on purpose, with the whole label
 * in the inspector and the tooltip).
 */
public final class CutTextFinder {

    private final List<String> found = new ArrayList<>();

    private CutTextFinder() {
    }

    /** Every piece of cut text in the scene, described by its node's id or class and its text. */
    public static List<String> in(Scene scene) {
        return in(scene.getRoot());
    }

    /** Every piece of cut text under {@code root} (as far as the window shows it). */
    public static List<String> in(Parent root) {
        CutTextFinder finder = new CutTextFinder();
        Scene scene = root.getScene();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        finder.visit(root, window, null);
        return finder.found;
    }

    /** @param cell the list or table cell {@code node} is part of, or null */
    private void visit(Node node, Bounds shown, IndexedCell<?> cell) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getStyleClass().contains("tree-canvas")) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (!bounds.intersects(shown)) {
            return;
        }
        if (node instanceof IndexedCell<?> indexed) {
            if (indexed.isEmpty()) {
                return;
            }
            cell = indexed;
        }
        check(node, bounds, shown, cell);
        Bounds inner = shown;
        if (node instanceof ScrollPane scroll && scroll.getSkin() != null) {
            Node viewport = scroll.lookup(".viewport");
            inner = intersection(shown, viewport == null ? bounds : viewport.localToScene(viewport.getLayoutBounds()));
        } else if (node.getStyleClass().contains("split-pane") || node.getStyleClass().contains("clipped-container")
                || node instanceof TableHeaderRow || node instanceof TableColumnHeader || node instanceof IndexedCell<?>) {
            // a split pane's share, a list's or table's visible rows, its visible column titles, one
            // column's title, one cell (a cell's text past its edge is hidden under the next one)
            inner = intersection(shown, bounds);
        } else if (node.getParent() != null && node.getParent().getStyleClass().contains("split-pane")) {
            inner = intersection(shown, bounds); // a split pane's item is clipped to its share
        }
        if (node.getClip() != null) {
            // what a clip hides is not shown (a tab bar's titles beyond its overflow button)
            inner = intersection(inner, node.localToScene(node.getClip().getBoundsInParent()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inner, cell);
            }
        }
    }

    private void check(Node node, Bounds bounds, Bounds shown, IndexedCell<?> cell) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            Text drawn = ownText(labeled);
            if (drawn != null) {
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
                if (!drawn.getText().equals(whole) && !drawn.getText().isEmpty()
                        && !(cell != null && tooltipShows(labeled, cell, whole))) {
                    found.add(describe(node) + " shows \"" + drawn.getText() + "\" of \"" + labeled.getText() + "\"");
                }
                Bounds textBounds = drawn.localToScene(drawn.getLayoutBounds());
                if (textBounds.getMaxX() > shown.getMaxX() + 1 || textBounds.getMinX() < shown.getMinX() - 1) {
                    found.add(describe(node) + " \"" + labeled.getText() + "\" runs past the edge of "
                            + (cell == null ? "its panel" : "its cell or list"));
                }
            }
        }
        if (node instanceof Text text && cell != null && !(text.getParent() instanceof Labeled)
                && text.getText() != null && !text.getText().isBlank()) {
            // a cell's own text node (a wrapped message)
            if (bounds.getMaxX() > shown.getMaxX() + 1 || bounds.getMinX() < shown.getMinX() - 1) {
                found.add(describe(node) + " \"" + text.getText() + "\" runs past the edge of its cell or list");
            }
        }
        if (node instanceof TextField field && (field.getText() == null || field.getText().isEmpty())
                && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            Text prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            if (prompt.getLayoutBounds().getWidth() > room + 1) {
                found.add(describe(node) + " hint \"" + field.getPromptText() + "\" wider than the field ("
                        + Math.round(prompt.getLayoutBounds().getWidth()) + " > " + Math.round(room) + " px)");
            }
        }
        if (node instanceof SplitPane) {
            return;
        }
        if (node instanceof TextField field && bounds.getMaxX() > shown.getMaxX() + 1 && bounds.getMinX() < shown.getMaxX()) {
            found.add(describe(field) + " cut at the edge of its panel");
        }
    }

    /** The text a labeled draws itself (its graphic, drawn first, may hold labels of its own). */
    private static Text ownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    /** Whether hovering the labeled (or its cell) shows the whole text it shortens. */
    private static boolean tooltipShows(Labeled labeled, IndexedCell<?> cell, String whole) {
        for (Tooltip tip : new Tooltip[] {labeled.getTooltip(), cell.getTooltip()}) {
            if (tip != null && tip.getText() != null && tip.getText().contains(whole)) {
                return true;
            }
        }
        return false;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String describe(Node node) {
        String name = node.getId() != null ? "#" + node.getId()
                : node.getClass().getSimpleName() + node.getStyleClass().stream().map(c -> "." + c).reduce("", String::concat);
        Node panel = node;
        while (panel != null && !(panel.getId() != null && panel.getId().endsWith("-tabs"))) {
            panel = panel.getParent();
        }
        return (panel == null ? "" : panel.getId() + " ") + name;
    }
}
