package io.stormcenter.workbench.layout;

/** The smallest rectangle around some cards, in canvas units (all 0 for no cards). */
public record CardBounds(double minX, double minY, double maxX, double maxY) {

    public static CardBounds of(Iterable<CardBox> cards) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (CardBox box : cards) {
            x0 = Math.min(x0, box.x());
            y0 = Math.min(y0, box.y());
            x1 = Math.max(x1, box.right());
            y1 = Math.max(y1, box.bottom());
        }
        return x0 > x1 ? new CardBounds(0, 0, 0, 0) : new CardBounds(x0, y0, x1, y1);
    }
}
