package io.stormcenter.workbench.heat;

import java.util.Objects;

/** One value two observations may share, of one kind ("container" "3f2a..."). */
record LinkKey(LinkKind kind, String value) {

    LinkKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
