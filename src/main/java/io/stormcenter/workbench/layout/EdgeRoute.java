package io.stormcenter.workbench.layout;

/**
 * The line from a parent's card to a child's card: down from the parent's bottom centre, across
 * at {@code midY}, down into the child's top centre (an orthogonal elbow).
 *
 * @param counter whether the child counters the parent (opposite role) rather than refining it
 * @param order   the child's 1-based place under an ordered (SAND) gate, or 0
 */
public record EdgeRoute(String parentId, String childId, double startX, double startY, double midY,
                        double endX, double endY, boolean counter, int order) {

    public double minX() {
        return Math.min(startX, endX);
    }

    public double maxX() {
        return Math.max(startX, endX);
    }

    public double minY() {
        return Math.min(startY, endY);
    }

    public double maxY() {
        return Math.max(startY, endY);
    }
}
