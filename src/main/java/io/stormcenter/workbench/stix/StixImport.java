package io.stormcenter.workbench.stix;

import io.stormcenter.workbench.model.AttackTree;
import java.util.List;

/** A tree imported from STIX, and everything odd about the bundle it came from. */
public record StixImport(AttackTree tree, List<String> oddities) {

    public StixImport {
        oddities = List.copyOf(oddities);
    }
}
