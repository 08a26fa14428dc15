package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.model.AttackTree;

/** The honeycluster compiler behind {@link PlanCompilation}: the same plan {@code ksc generate} writes. */
enum HoneyclusterCompilation implements PlanCompilation {
    INSTANCE;

    @Override
    public HoneyclusterPlan compile(AttackTree tree, String namespace, long seed) {
        try {
            return new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(seed).withNamespace(namespace));
        } catch (PlanRefusedException refused) {
            throw new CommandFailure(refused.getMessage() + "\nnothing was deployed");
        }
    }
}
