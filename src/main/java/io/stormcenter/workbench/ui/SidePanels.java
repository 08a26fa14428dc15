package io.stormcenter.workbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The two side panels beside the canvas, each of which can be hidden to give the canvas the
 * room (on a 1280 px laptop both panels leave it about half the window). A hidden panel leaves
 * the split pane altogether, so no empty strip or divider remains, and comes back as wide as
 * it was: a split pane knows only fractions of its width, so the widths are kept here in pixels.
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

    // in pixels; unknown until the split pane first has a width
    private double leftWidth = Double.NaN;
    private double rightWidth = Double.NaN;

    SidePanels(Region left, Region middle, Region right, double leftMinWidth, double rightMinWidth) {
        this.left = left;
        this.middle = middle;
        this.right = right;
        left.setMinWidth(leftMinWidth);
        right.setMinWidth(rightMinWidth);
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

    private void arrange() {
        if (split.getItems().contains(left) && left.getWidth() > 0) {
            leftWidth = left.getWidth();
        }
        if (split.getItems().contains(right) && right.getWidth() > 0) {
            rightWidth = right.getWidth();
        }
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
        if (Double.isNaN(leftWidth)) {
            leftWidth = Math.max(left.getMinWidth(), LEFT_SHARE * width);
            rightWidth = Math.max(right.getMinWidth(), RIGHT_SHARE * width);
        }
        List<Double> positions = new ArrayList<>(2);
        if (leftShown.get()) {
            positions.add(Math.min(0.45, leftWidth / width));
        }
        if (rightShown.get()) {
            positions.add(Math.max(0.55, 1 - rightWidth / width));
        }
        split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
