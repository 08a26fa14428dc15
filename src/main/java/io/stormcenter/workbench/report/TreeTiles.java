package io.stormcenter.workbench.report;

import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.TreeLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * How the tree goes onto landscape pages: whole and scaled down when it stays readable, else cut
 * into tiles at a readable scale. Cuts go through the gaps between cards, never through a card,
 * wherever the layout has such a gap within a page's reach.
 *
 * @param tiles    the parts of the layout, row by row, in layout coordinates
 * @param scale    layout pixels to CSS pixels
 * @param whole    the whole layout with its margin
 * @param mapScale the scale at which the whole tree fits one page (the map of a split tree)
 */
record TreeTiles(List<Rectangle2D> tiles, double scale, Rectangle2D whole, double mapScale) {

    /** From this many parts on, a map of the whole tree shows which page holds which part. */
    static final int MAP_FROM = 3;

    /**
     * Down to this scale a tree stays on one page: 12 px labels print at about 5.4 pt, as small as
     * print stays readable (at 0.3 to 0.45 a sample model's labels could not be read on paper).
     */
    static final double ONE_PAGE_SCALE = 0.6;
    /** The scales a split tree is tried at, largest first: the one that needs the fewest pages wins. */
    static final double[] TILE_SCALES = {0.75, 0.7, 0.65, 0.6};
    static final double MM_PER_PX = 25.4 / 96;
    /** Room around the cards: a card's corner sign sits 10 px outside its box. */
    private static final double MARGIN = 20;
    /**
     * Beyond this many pages a printed tree is no longer read page by page: the tree goes on one
     * vector page instead, to be zoomed on screen (a 500-node tree would take some hundred pages),
     * and the steps table lists every step.
     */
    static final int MAX_TILES = 40;

    static TreeTiles of(TreeLayout layout, double widthMm, double heightMm) {
        double width = widthMm / MM_PER_PX;
        double height = heightMm / MM_PER_PX;
        double minX = layout.minX() - MARGIN;
        double minY = layout.minY() - MARGIN;
        double maxX = layout.maxX() + MARGIN;
        double maxY = layout.maxY() + MARGIN;
        Rectangle2D whole = new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
        double fit = Math.min(1, Math.min(width / whole.getWidth(), height / whole.getHeight()));
        if (fit >= ONE_PAGE_SCALE) {
            return new TreeTiles(List.of(whole), fit, whole, fit);
        }
        List<Rectangle2D> best = null;
        double bestScale = 0;
        for (double scale : TILE_SCALES) {
            List<Rectangle2D> tiles = tiles(layout, whole, width / scale, height / scale);
            if (best == null || tiles.size() < best.size()) {
                best = tiles;
                bestScale = scale;
            }
        }
        if (best.size() > MAX_TILES) {
            return new TreeTiles(List.of(whole), fit, whole, fit);
        }
        return new TreeTiles(best, bestScale, whole, fit);
    }

    /** The tiles of at most spanX x spanY (layout pixels) that hold a card, row by row. */
    private static List<Rectangle2D> tiles(TreeLayout layout, Rectangle2D whole, double spanX, double spanY) {
        // a cut goes through the middle of a gap, which leaves room for the corner signs on either side
        List<Double> xs = cuts(layout.boxes(), CardBox::x, CardBox::right, whole.getMinX(), whole.getMaxX(), spanX);
        List<Double> ys = cuts(layout.boxes(), CardBox::y, CardBox::bottom, whole.getMinY(), whole.getMaxY(), spanY);
        List<Rectangle2D> tiles = new ArrayList<>();
        for (int r = 0; r + 1 < ys.size(); r++) {
            for (int c = 0; c + 1 < xs.size(); c++) {
                Rectangle2D tile = new Rectangle2D.Double(xs.get(c), ys.get(r), xs.get(c + 1) - xs.get(c),
                        ys.get(r + 1) - ys.get(r));
                boolean holdsCard = layout.boxes().stream().anyMatch(b -> b.intersects(tile.getMinX(), tile.getMinY(),
                        tile.getMaxX(), tile.getMaxY()));
                if (holdsCard) {
                    tiles.add(tile);
                }
            }
        }
        return tiles;
    }

    /** Whether the split tree's first page is a map of its parts. */
    boolean mapped() {
        return tiles.size() >= MAP_FROM;
    }

    /** Whether the whole tree is on one page at less than the readable scale (zoom in on screen). */
    boolean overview() {
        return tiles.size() == 1 && scale < ONE_PAGE_SCALE;
    }

    /**
     * Cut positions from min to max, at most span apart, in the gaps between the cards' extents nearest to
     * equal pieces where there are such gaps.
     */
    static List<Double> cuts(List<CardBox> boxes, Function<CardBox, Double> start, Function<CardBox, Double> end,
                             double min, double max, double span) {
        List<double[]> merged = new ArrayList<>();
        boxes.stream().sorted(Comparator.comparing(start)).forEach(b -> {
            double s = start.apply(b);
            double e = end.apply(b);
            if (!merged.isEmpty() && s <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], e);
            } else {
                merged.add(new double[] {s, e});
            }
        });
        List<Double> cuts = new ArrayList<>(List.of(min));
        double at = min;
        while (max - at > span) {
            // as many pieces as the rest needs, about equal: a last page with two stray cards is no use
            int pieces = (int) Math.ceil((max - at) / span);
            double target = at + (max - at) / pieces;
            double limit = at + span;
            double best = Double.NaN;
            for (int i = 0; i + 1 < merged.size(); i++) {
                double gap = (merged.get(i)[1] + merged.get(i + 1)[0]) / 2; // the middle of the gap after block i
                if (gap > at + 1 && gap <= limit
                        && (Double.isNaN(best) || Math.abs(gap - target) < Math.abs(best - target))) {
                    best = gap;
                }
            }
            at = Double.isNaN(best) ? limit : best;
            cuts.add(at);
        }
        cuts.add(max);
        return cuts;
    }
}
