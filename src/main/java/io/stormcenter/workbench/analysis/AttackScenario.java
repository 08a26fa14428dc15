package io.stormcenter.workbench.analysis;

import java.util.List;

/**
 * A minimal set of attack leaves that together achieve the root, with its values.
 *
 * @param leaves the leaf ids, in tree (pre-)order
 */
public record AttackScenario(List<String> leaves, double probability, double cost, double timeHours) {

    public AttackScenario {
        leaves = List.copyOf(leaves);
    }
}
