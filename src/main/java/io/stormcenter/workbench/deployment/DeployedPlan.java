package io.stormcenter.workbench.deployment;

import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanSource;
import io.stormcenter.workbench.honeycluster.PlanWriter;
import io.stormcenter.workbench.model.AttackTree;
import java.util.Optional;

/**
 * The plan as deployed, kept in the deployment record: the tree and compile options it came from
 * (the matchers' inputs) and its {@code plan.json} (the contract as it was then). Later matching
 * starts from here, not from the model as edited since.
 */
public record DeployedPlan(AttackTree tree, CompileOptions options, String planJson) {

    public DeployedPlan {
        if (tree == null || options == null || planJson == null) {
            throw new IllegalArgumentException("a deployed plan needs its tree, options and plan.json");
        }
    }

    /** The snapshot of a compiled plan; empty for a plan that was not compiled from a tree (made by hand). */
    public static Optional<DeployedPlan> of(HoneyclusterPlan plan) {
        PlanSource source = plan.source();
        return source == null ? Optional.empty()
                : Optional.of(new DeployedPlan(source.tree(), source.options(), PlanWriter.planJson(plan)));
    }
}
