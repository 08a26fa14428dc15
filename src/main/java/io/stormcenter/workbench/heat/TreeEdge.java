package io.stormcenter.workbench.heat;

import java.util.Objects;

/** The edge from a parent to one of its refining children, by node id. */
public record TreeEdge(String parent, String child) {

    public TreeEdge {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
    }
}
