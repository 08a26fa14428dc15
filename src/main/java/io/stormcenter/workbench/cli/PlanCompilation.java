package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.model.AttackTree;

/** How the deploy command turns a tree into a plan (the honeycluster compiler; a fixed plan in tests). */
@FunctionalInterface
interface PlanCompilation {

    /**
     * @param namespace null for the compiler's default
     * @throws CommandFailure when the compiler refuses the tree
     */
    HoneyclusterPlan compile(AttackTree tree, String namespace, long seed);
}
