package io.stormcenter.workbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Finds text a user cannot read whole in a window as laid out: a label, button, check box or tab
 * title shortened with an ellipsis, a field's hint wider than the field, or text running past the
 * edge of the panel that holds it. Only what is on screen counts (what a scroll pane shows, what the
 * window shows); the canvas's cards are left out (they shorten long labels to three lines on
 * purpose, with the whole label in the inspector and the tooltip), and so are the cells of tables,
 * which scroll sideways.
 */
final class CutTextFinder {

    private final List<String> found = new ArrayList<>();

    private CutTextFinder() {
    }

    /** Every piece of cut text in the scene, described by its node's id or class and its text. */
    static List<String> in(Scene scene) {
        CutTextFinder finder = new CutTextFinder();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        finder.visit(scene.getRoot(), window);
        return finder.found;
    }

    private void visit(Node node, Bounds shown) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getStyleClass().contains("tree-canvas")
                || node instanceof TableView<?>) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (!bounds.intersects(shown)) {
            return;
        }
        check(node, bounds, shown);
        Bounds inner = shown;
        if (node instanceof ScrollPane scroll && scroll.getSkin() != null) {
            Node viewport = scroll.lookup(".viewport");
            inner = intersection(shown, viewport == null ? bounds : viewport.localToScene(viewport.getLayoutBounds()));
        } else if (node.getStyleClass().contains("split-pane") || node.getStyleClass().contains("clipped-container")) {
            // a split pane's share, a list's visible rows
            inner = intersection(shown, bounds);
        } else if (node.getParent() != null && node.getParent().getStyleClass().contains("split-pane")) {
            inner = intersection(shown, bounds); // a split pane's item is clipped to its share
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inner);
            }
        }
    }

    private void check(Node node, Bounds bounds, Bounds shown) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            Node text = labeled.lookup(".text");
            if (text instanceof Text drawn && drawn.getParent() == labeled) {
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
                if (!drawn.getText().equals(whole) && !drawn.getText().isEmpty()) {
                    found.add(describe(node) + " shows \"" + drawn.getText() + "\" of \"" + labeled.getText() + "\"");
                }
                Bounds textBounds = drawn.localToScene(drawn.getLayoutBounds());
                if (textBounds.getMaxX() > shown.getMaxX() + 1 || textBounds.getMinX() < shown.getMinX() - 1) {
                    found.add(describe(node) + " \"" + labeled.getText() + "\" runs past the edge of its panel");
                }
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
