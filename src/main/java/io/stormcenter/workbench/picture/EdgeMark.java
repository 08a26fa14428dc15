package io.stormcenter.workbench.picture;

/**
 * What an overlay says about one edge.
 *
 * @param style   the edge's style class (drawn over the plain edge), never null
 * @param weight  how heavy the line is, 1 = a plain edge (heat scales it)
 * @param tooltip what hovering the edge tells, or null
 */
public record EdgeMark(String style, double weight, String tooltip) {

    public EdgeMark {
        if (style == null || style.isBlank()) {
            throw new IllegalArgumentException("an edge mark needs a style");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("an edge's weight must be positive and finite: " + weight);
        }
    }
}
