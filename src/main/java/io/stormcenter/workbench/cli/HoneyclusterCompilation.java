package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.model.AttackTree;

/** The honeycluster compiler behind {@link PlanCompilation}. */
enum HoneyclusterCompilation implements PlanCompilation {
    INSTANCE;

    @Override
    public HoneyclusterPlan compile(AttackTree tree, String namespace, long seed) {
        // wired to honeycluster.HoneyclusterCompiler once it is merged into main
        throw new CommandFailure("the honeycluster compiler is not in this build yet");
    }
}
