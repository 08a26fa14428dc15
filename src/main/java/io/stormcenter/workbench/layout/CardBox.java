package io.stormcenter.workbench.layout;

/** Where a node's card sits, in canvas units (top-left corner and size). */
public record CardBox(String nodeId, double x, double y, double width, double height, int depth) {

    public double centerX() {
        return x + width / 2;
    }

    public double bottom() {
        return y + height;
    }

    public double right() {
        return x + width;
    }

    /** Whether this card overlaps a rectangle (touching edges do not count). */
    public boolean intersects(double minX, double minY, double maxX, double maxY) {
        return x < maxX && right() > minX && y < maxY && bottom() > minY;
    }
}
