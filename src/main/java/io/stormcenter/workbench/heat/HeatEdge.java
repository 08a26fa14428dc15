package io.stormcenter.workbench.heat;

import java.util.Objects;

/**
 * An edge of the tree, from a parent to one of its refining children, and how many distinct
 * sessions traversed it (reached the child).
 */
public record HeatEdge(String parent, String child, int sessions) {

    public HeatEdge {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        if (sessions < 0) {
            throw new IllegalArgumentException("a count of sessions is not negative: " + sessions);
        }
    }
}
