package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;

/**
 * The overview map in the canvas's corner: every card of the tree as a small block (the lit
 * ones stand out) and a frame where the view is. A click or drag on it centres the view there.
 * Two paths and a rectangle whatever the tree's size, so a 2,000-node tree costs nothing to show.
 */
final class CanvasOverview extends Region {

    /** The map's longest side in pixels. */
    static final double SIZE = 200;
    private static final double PAD = 6;

    private final Path cards = new Path();
    private final Path lit = new Path();
    private final Rectangle view = new Rectangle();
    private final BiConsumer<Double, Double> centreOn;
    private TreeLayout layout;
    private double factor = 1;

    /** @param centreOn moves the view's centre to a canvas point */
    CanvasOverview(BiConsumer<Double, Double> centreOn) {
        this.centreOn = centreOn;
        setId("canvas-overview");
        getStyleClass().add(WorkbenchCss.OVERVIEW);
        cards.getStyleClass().add(WorkbenchCss.OVERVIEW_CARDS);
        lit.getStyleClass().add(WorkbenchCss.OVERVIEW_LIT);
        view.getStyleClass().add(WorkbenchCss.OVERVIEW_VIEW);
        for (var shape : List.of(cards, lit, view)) {
            shape.setManaged(false);
            shape.setMouseTransparent(true);
        }
        getChildren().addAll(cards, lit, view);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    /** The map's size for a layout: the tree's shape within {@link #SIZE}. */
    static double[] sizeFor(TreeLayout layout) {
        double k = factorFor(layout);
        return new double[] {layout.width() * k + 2 * PAD, layout.height() * k + 2 * PAD};
    }

    private static double factorFor(TreeLayout layout) {
        return (SIZE - 2 * PAD) / Math.max(1, Math.max(layout.width(), layout.height()));
    }

    /** Redraws the blocks when the layout or the lit nodes changed, and the frame always. */
    void show(TreeLayout next, Set<String> litNodes, boolean shapeChanged, CanvasFraming framing,
              double viewWidth, double viewHeight) {
        if (shapeChanged || layout != next) {
            layout = next;
            factor = factorFor(next);
            List<PathElement> plain = new ArrayList<>();
            List<PathElement> onPath = new ArrayList<>();
            for (CardBox box : next.boxes()) {
                block(litNodes.contains(box.nodeId()) ? onPath : plain, box);
            }
            cards.getElements().setAll(plain);
            lit.getElements().setAll(onPath);
        }
        double x = mapX(framing.offsetX());
        double y = mapY(framing.offsetY());
        double w = viewWidth / framing.scale() * factor;
        double h = viewHeight / framing.scale() * factor;
        // the frame stays inside the map even when the view is larger than the tree
        double x0 = Math.max(0, x);
        double y0 = Math.max(0, y);
        view.setX(x0);
        view.setY(y0);
        view.setWidth(Math.max(2, Math.min(getWidth(), x + w) - x0));
        view.setHeight(Math.max(2, Math.min(getHeight(), y + h) - y0));
    }

    private void block(List<PathElement> elements, CardBox box) {
        double x = mapX(box.x());
        double y = mapY(box.y());
        elements.add(new MoveTo(x, y));
        elements.add(new HLineTo(x + Math.max(1, box.width() * factor)));
        elements.add(new VLineTo(y + Math.max(1, box.height() * factor)));
        elements.add(new HLineTo(x));
        elements.add(new ClosePath());
    }

    private double mapX(double canvasX) {
        return PAD + (canvasX - layout.minX()) * factor;
    }

    private double mapY(double canvasY) {
        return PAD + (canvasY - layout.minY()) * factor;
    }

    private void moveView(MouseEvent e) {
        if (layout != null) {
            centreOn.accept(layout.minX() + (e.getX() - PAD) / factor, layout.minY() + (e.getY() - PAD) / factor);
        }
        e.consume();
    }

    /** The frame of the view on the map, in the map's pixels (tests read it). */
    Rectangle viewFrame() {
        return view;
    }
}
