package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.TreeLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the viewport's left edge should stand so that it cuts as few cards in half as it can:
 * a card is cut when the edge falls on it or just before it. Sorts the cards' spans once and
 * counts with binary searches (n log n), so it stays quick on a 100,000-node tree.
 *
 * @param x    the edge, in canvas units
 * @param cuts how many cards in the rows on screen it cuts
 */
record LeftEdge(double x, int cuts) {

    /**
     * The edge within [{@code lo}, {@code hi}] that cuts the fewest cards of rows {@code top..bottom},
     * the nearest to {@code wanted} among those; null when {@code lo > hi}.
     *
     * @param room how much room a card needs between the edge and its left side not to count as cut
     */
    static LeftEdge best(TreeLayout layout, double wanted, double lo, double hi, double top, double bottom,
                         double room) {
        if (lo > hi) {
            return null;
        }
        List<CardBox> rows = new ArrayList<>();
        for (CardBox card : layout.boxes()) {
            if (card.bottom() > top && card.y() < bottom) {
                rows.add(card);
            }
        }
        double[] starts = new double[rows.size()];
        double[] ends = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = rows.get(i).x() - room;
            ends[i] = rows.get(i).right();
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        LeftEdge best = consider(null, Math.max(lo, Math.min(hi, wanted)), wanted, starts, ends);
        best = consider(best, lo, wanted, starts, ends);
        best = consider(best, hi, wanted, starts, ends);
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= lo && starts[i] <= hi) {
                best = consider(best, starts[i], wanted, starts, ends);
            }
            if (ends[i] >= lo && ends[i] <= hi) {
                best = consider(best, ends[i], wanted, starts, ends);
            }
        }
        return best;
    }

    private static LeftEdge consider(LeftEdge best, double x, double wanted, double[] starts, double[] ends) {
        // spans (start, end) holding x: started strictly before it, not yet ended at it
        int cuts = countBelow(starts, x, false) - countBelow(ends, x, true);
        if (best == null || cuts < best.cuts()
                || cuts == best.cuts() && Math.abs(x - wanted) < Math.abs(best.x() - wanted)) {
            return new LeftEdge(x, cuts);
        }
        return best;
    }

    /** How many values are below x, or at or below it when {@code inclusive}. */
    private static int countBelow(double[] sorted, double x, boolean inclusive) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x || inclusive && sorted[mid] == x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
