package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.layout.CardBounds;
import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.layout.TreeLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which part of the tree the canvas shows, as plain geometry (no JavaFX, tested without a
 * screen): the zoom and the canvas point at the viewport's top-left corner.
 *
 * @param scale   screen pixels per canvas unit
 * @param offsetX canvas x at the viewport's left edge
 * @param offsetY canvas y at the viewport's top edge
 */
public record CanvasFraming(double scale, double offsetX, double offsetY) {

    /** Room left around the tree, in canvas units, when it is framed. */
    static final double MARGIN = 80;
    /** Room kept between a framed card and the viewport's edge. */
    static final double PAD = 24;
    /** How far below the readable zoom the opening view may go to find a clean left edge (a share of it). */
    static final double LEAST_READABLE = 0.8;
    private static final int ZOOM_STEPS = 4;

    /**
     * The whole tree when it fits at {@code readable} zoom or more (never above 100 %), centred.
     * Otherwise the tree from the top at a readable zoom, framed on the root and as many of its
     * children, from the left, as fit (when not even the first fits, the ones nearest the root).
     * The left edge is moved into the nearest gap between cards that keeps the root and those
     * children in view, else the root alone, zooming out a step or two
     * (not below {@link #LEAST_READABLE} of {@code readable}) when no gap does; failing that, the
     * root stays in view and the edge cuts as few cards as it can.
     */
    public static CanvasFraming opening(TreeLayout layout, String rootId, double viewWidth, double viewHeight,
                                        double readable) {
        double w = layout.width() + 2 * MARGIN;
        double h = layout.height() + 2 * MARGIN;
        double fit = Math.min(1, Math.min(viewWidth / w, viewHeight / h));
        if (fit >= readable) {
            return new CanvasFraming(fit, layout.minX() + layout.width() / 2 - viewWidth / fit / 2,
                    layout.minY() + layout.height() / 2 - viewHeight / fit / 2);
        }
        CardBox root = layout.box(rootId);
        if (root == null) {
            return new CanvasFraming(readable, layout.minX() - PAD, layout.minY() - PAD);
        }
        // keep children of the root in view too (from the left, else the nearest), else the root alone;
        // the fewest cut cards win
        CanvasFraming best = null;
        int fewestCuts = Integer.MAX_VALUE;
        for (Framed framed : Framed.values()) {
            for (int step = 0; step <= ZOOM_STEPS; step++) {
                double scale = readable * (1 - step * (1 - LEAST_READABLE) / ZOOM_STEPS);
                double visibleH = viewHeight / scale;
                double y = top(layout, visibleH);
                LeftEdge edge = leftEdge(layout, rootId, root, viewWidth / scale, y, visibleH, framed);
                if (edge != null && edge.cuts() < fewestCuts) {
                    best = new CanvasFraming(scale, edge.x(), y);
                    fewestCuts = edge.cuts();
                }
                if (fewestCuts == 0) {
                    return best;
                }
            }
        }
        return best != null ? best : new CanvasFraming(readable,
                aroundRoot(layout, rootId, root, viewWidth / readable, Framed.ROOT_ALONE)[0],
                top(layout, viewHeight / readable));
    }

    /** Whether the whole tree, with its margin, fits the view at {@code readable} zoom or more. */
    public static boolean fitsReadable(TreeLayout layout, double viewWidth, double viewHeight, double readable) {
        return Math.min(1, Math.min(viewWidth / (layout.width() + 2 * MARGIN), viewHeight / (layout.height() + 2 * MARGIN)))
                >= readable;
    }

    private static double top(TreeLayout layout, double visibleH) {
        return layout.height() + 2 * PAD <= visibleH
                ? layout.minY() + layout.height() / 2 - visibleH / 2
                : layout.minY() - PAD;
    }

    /** The best left edge framing the root (and children of it); null when children are wanted and none fits. */
    private static LeftEdge leftEdge(TreeLayout layout, String rootId, CardBox root, double visibleW, double y,
                                     double visibleH, Framed framed) {
        double[] span = aroundRoot(layout, rootId, root, visibleW, framed);
        if (framed != Framed.ROOT_ALONE && span[1] == root.x() && span[2] == root.right()) {
            return null;
        }
        return LeftEdge.best(layout, span[0], span[2] + PAD / 2 - visibleW, span[1] - PAD / 2, y,
                y + visibleH, PAD / 2);
    }

    /** What the opening view frames besides the root, in the order it tries them. */
    private enum Framed { CHILDREN_FROM_THE_LEFT, NEAREST_CHILDREN, ROOT_ALONE }

    /**
     * The left edge that frames the root and the children of it that fit (as {@code framed}
     * says), and the span that must stay in view: {left edge, from, to}.
     */
    private static double[] aroundRoot(TreeLayout layout, String rootId, CardBox root, double visibleW,
                                       Framed framed) {
        List<CardBox> children = new ArrayList<>();
        for (EdgeRoute edge : layout.edges()) {
            if (framed != Framed.ROOT_ALONE && edge.parentId().equals(rootId)) {
                children.add(layout.box(edge.childId()));
            }
        }
        if (framed == Framed.NEAREST_CHILDREN) {
            children.sort(Comparator.comparingDouble(child -> Math.abs(child.centerX() - root.centerX())));
        }
        double[] span = frame(root, children, visibleW);
        double from = span[0];
        double to = span[1];
        double x = to == root.right() && from == root.x() && layout.minX() < root.x()
                ? root.right() + PAD - visibleW
                : (from + to) / 2 - visibleW / 2;
        return new double[] {Math.max(layout.minX() - PAD, Math.min(x, layout.maxX() + PAD - visibleW)), from, to};
    }

    /** The span of the root and the children, in the given order, that fit beside it. */
    private static double[] frame(CardBox root, List<CardBox> children, double visibleW) {
        double from = root.x();
        double to = root.right();
        for (CardBox child : children) {
            double wider = Math.max(to, child.right()) - Math.min(from, child.x());
            if (wider + 2 * PAD > visibleW) {
                break;
            }
            from = Math.min(from, child.x());
            to = Math.max(to, child.right());
        }
        return new double[] {from, to};
    }

    /**
     * This framing moved as little as it takes to show the given cards whole; when they do not
     * all fit, the first of them (in reading order: leftmost, then topmost) is shown whole at the
     * left and top edges. Cards already in view leave the framing as it is.
     */
    public CanvasFraming reveal(Collection<CardBox> cards, double viewWidth, double viewHeight) {
        if (cards.isEmpty()) {
            return this;
        }
        CardBounds bounds = CardBounds.of(cards);
        double visibleW = viewWidth / scale;
        double visibleH = viewHeight / scale;
        return new CanvasFraming(scale, axis(offsetX, visibleW, bounds.minX(), bounds.maxX()),
                axis(offsetY, visibleH, bounds.minY(), bounds.maxY()));
    }

    /**
     * This framing zoomed out as far as it takes to show the cards whole, but not below
     * {@code leastScale} (nor ever in), then moved as little as {@link #reveal} moves: a lit attack
     * path is seen whole when it can be read.
     */
    public CanvasFraming showing(Collection<CardBox> cards, double viewWidth, double viewHeight, double leastScale) {
        if (cards.isEmpty()) {
            return this;
        }
        CardBounds bounds = CardBounds.of(cards);
        double fit = Math.min(viewWidth / (bounds.maxX() - bounds.minX() + 2 * PAD),
                viewHeight / (bounds.maxY() - bounds.minY() + 2 * PAD));
        double next = Math.min(scale, Math.max(leastScale, fit));
        return new CanvasFraming(next, offsetX, offsetY).reveal(cards, viewWidth, viewHeight);
    }

    /**
     * The cards whole and centred, at the largest zoom up to 100 % that shows them with padding, but not below
     * {@code leastScale}; cards that do not fit even then are shown from their first (as {@link #reveal} does).
     */
    public static CanvasFraming whole(Collection<CardBox> cards, double viewWidth, double viewHeight, double leastScale) {
        CardBounds bounds = CardBounds.of(cards);
        double fit = Math.min(viewWidth / (bounds.maxX() - bounds.minX() + 2 * PAD),
                viewHeight / (bounds.maxY() - bounds.minY() + 2 * PAD));
        double scale = Math.max(leastScale, Math.min(1, fit));
        CanvasFraming centred = new CanvasFraming(scale, (bounds.minX() + bounds.maxX()) / 2 - viewWidth / scale / 2,
                (bounds.minY() + bounds.maxY()) / 2 - viewHeight / scale / 2);
        return fit >= scale ? centred : centred.reveal(cards, viewWidth, viewHeight);
    }

    /** Whether the cards, with padding, fit a view of this size at {@code scale}. */
    static boolean fits(Collection<CardBox> cards, double viewWidth, double viewHeight, double scale) {
        CardBounds bounds = CardBounds.of(cards);
        return (bounds.maxX() - bounds.minX() + 2 * PAD) * scale <= viewWidth
                && (bounds.maxY() - bounds.minY() + 2 * PAD) * scale <= viewHeight;
    }

    /** The least move along one axis that shows [from, to] with padding, or its start when too long. */
    private static double axis(double offset, double visible, double from, double to) {
        double pad = to - from + 2 * PAD > visible ? Math.min(PAD, visible / 8) : PAD;
        if (to - from + 2 * pad > visible) {
            return from - pad;
        }
        if (from - pad < offset) {
            return from - pad;
        }
        if (to + pad > offset + visible) {
            return to + pad - visible;
        }
        return offset;
    }
}
