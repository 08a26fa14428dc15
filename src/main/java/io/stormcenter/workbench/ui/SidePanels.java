package io.stormcenter.workbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The two side panels beside the canvas, each of which can be hidden to give the canvas the
 * room (on a 1280 px laptop both panels leave it about half the window). A hidden panel leaves
 * the split pane altogether, so no empty strip or divider remains, and comes back as wide as
 * it was: a split pane knows only fractions of its width, so the widths are kept here in pixels.
 * A panel is as wide as the user dragged its divider (never narrower than its minimum width, which
 * its content and its tab titles set); the widths are properties, so the window can remember them.
 */
final class SidePanels {

    private final SplitPane split;
    private final Region left;
    private final Region middle;
    private final Region right;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(this, "leftShown", true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(this, "rightShown", true);
    // the panels' first widths, as shares of the window (never below their minimum widths)
    private static final double LEFT_SHARE = 0.18;
    private static final double RIGHT_SHARE = 0.25;

    // in pixels; NaN until the split pane first has a width (or a remembered width is given)
    private final DoubleProperty leftWidth = new SimpleDoubleProperty(this, "leftWidth", Double.NaN);
    private final DoubleProperty rightWidth = new SimpleDoubleProperty(this, "rightWidth", Double.NaN);

    SidePanels(Region left, Region middle, Region right) {
        this.left = left;
        this.middle = middle;
        this.right = right;
        split = new SplitPane(left, middle, right);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        split.widthProperty().addListener((obs, old, width) -> {
            if (old.doubleValue() == 0 && width.doubleValue() > 0) {
                placeDividers();
            }
        });
        leftShown.addListener((obs, old, shown) -> arrange());
        rightShown.addListener((obs, old, shown) -> arrange());
        // a panel's width as the user leaves it (a dragged divider, or its minimum growing)
        left.widthProperty().addListener((obs, old, width) -> follow(left, leftWidth, width.doubleValue()));
        right.widthProperty().addListener((obs, old, width) -> follow(right, rightWidth, width.doubleValue()));
    }

    private void follow(Region panel, DoubleProperty kept, double width) {
        if (width > 0 && split.getWidth() > 0 && split.getItems().contains(panel)) {
            kept.set(width);
        }
    }

    SplitPane node() {
        return split;
    }

    /** Whether the outline and problems panel shows. */
    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    /** Whether the inspector, analysis, honeycluster and deploy panel shows. */
    BooleanProperty rightShownProperty() {
        return rightShown;
    }

    /** The outline panel's width in pixels, as last shown or dragged (NaN: a share of the window). */
    DoubleProperty leftWidthProperty() {
        return leftWidth;
    }

    /** The inspector panel's width in pixels, as last shown or dragged (NaN: a share of the window). */
    DoubleProperty rightWidthProperty() {
        return rightWidth;
    }

    private void arrange() {
        List<Node> items = new ArrayList<>(3);
        if (leftShown.get()) {
            items.add(left);
        }
        items.add(middle);
        if (rightShown.get()) {
            items.add(right);
        }
        split.getItems().setAll(items);
        placeDividers();
    }

    private void placeDividers() {
        double width = split.getWidth();
        if (width <= 0) {
            return; // not laid out yet: the width listener places them
        }
        double leftPixels = Double.isNaN(leftWidth.get()) ? LEFT_SHARE * width : leftWidth.get();
        double rightPixels = Double.isNaN(rightWidth.get()) ? RIGHT_SHARE * width : rightWidth.get();
        leftPixels = Math.max(left.minWidth(-1), leftPixels);
        rightPixels = Math.max(right.minWidth(-1), rightPixels);
        List<Double> positions = new ArrayList<>(2);
        if (leftShown.get()) {
            positions.add(Math.min(0.45, leftPixels / width));
        }
        if (rightShown.get()) {
            positions.add(Math.max(0.55, 1 - rightPixels / width));
        }
        split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
