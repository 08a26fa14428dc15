package io.stormcenter.workbench.heat;

import java.util.Objects;

/**
 * One value two observations may share, of one kind ("container" "3f2a..."). Lineage has two
 * sides: a process holds its own exec id and seeks its parent's; and, so that a parent arriving
 * after its child still finds it, a child also holds "child of P" which the parent seeks.
 */
record LinkKey(LinkKind kind, String value, boolean childSide) {

    LinkKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    LinkKey(LinkKind kind, String value) {
        this(kind, value, false);
    }
}
