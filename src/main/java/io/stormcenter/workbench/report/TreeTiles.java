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
 * @param tiles the parts of the layout, row by row, in layout coordinates
 * @param scale layout pixels to CSS pixels
 */
record TreeTiles(List<Rectangle2D> tiles, double scale) {

    /** The scale of the tiles of a split tree: 12 px labels print at about 4 pt (sharp when zoomed). */
    static final double MIN_SCALE = 0.45;
    /**
     * Down to this scale a tree stays on one page: a page with one stray column is worse than
     * smaller print on a vector page that zooms.
     */
    static final double ONE_PAGE_SCALE = 0.3;
    static final double MM_PER_PX = 25.4 / 96;
    private static final double MARGIN = 12;
    /**
     * Beyond this many pages a printed tree is no longer read page by page: the tree goes on one
     * vector page instead, to be zoomed on screen (a 500-node tree would take some fifty pages).
     */
    static final int MAX_TILES = 12;

    static TreeTiles of(TreeLayout layout, double widthMm, double heightMm) {
        double width = widthMm / MM_PER_PX;
        double height = heightMm / MM_PER_PX;
        double minX = layout.minX() - MARGIN;
        double minY = layout.minY() - MARGIN;
        double maxX = layout.maxX() + MARGIN;
        double maxY = layout.maxY() + MARGIN;
        double fit = Math.min(1, Math.min(width / (maxX - minX), height / (maxY - minY)));
        if (fit >= ONE_PAGE_SCALE) {
            return new TreeTiles(List.of(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY)), fit);
        }
        double spanX = width / MIN_SCALE;
        double spanY = height / MIN_SCALE;
        List<Double> xs = cuts(layout.boxes(), CardBox::x, CardBox::right, minX, maxX, spanX);
        List<Double> ys = cuts(layout.boxes(), CardBox::y, CardBox::bottom, minY, maxY, spanY);
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
        if (tiles.size() > MAX_TILES) {
            return new TreeTiles(List.of(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY)), fit);
        }
        return new TreeTiles(tiles, MIN_SCALE);
    }

    /** Whether the whole tree is on one page at less than the readable scale (zoom in on screen). */
    boolean overview() {
        return tiles.size() == 1 && scale < ONE_PAGE_SCALE;
    }

    /** Cut positions from min to max, at most span apart, in gaps between the cards' extents where possible. */
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
            double limit = at + span;
            double best = Double.NaN;
            for (int i = 0; i + 1 < merged.size(); i++) {
                double gap = (merged.get(i)[1] + merged.get(i + 1)[0]) / 2; // the middle of the gap after block i
                if (gap > at + 1 && gap <= limit) {
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
