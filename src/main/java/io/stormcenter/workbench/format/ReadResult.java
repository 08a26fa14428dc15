package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.util.List;

/** A tree as read from a file, with what the reader had to warn about (nothing is dropped silently). */
public record ReadResult(AttackTree tree, List<String> warnings) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
