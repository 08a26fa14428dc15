package io.stormcenter.workbench.deployment;

import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.PlanSource;
import io.stormcenter.workbench.honeycluster.PlanWriter;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.kube.ClusterException;
import java.util.List;

/**
 * The matchers of a deployment, made from the plan as deployed. When this version of the
 * workbench compiles the deployed tree into a different {@code plan.json} than the one deployed
 * (the compiler changed since), the differences are named rather than hidden.
 *
 * @param plan  the plan compiled again from the deployed tree and options
 * @param drift what differs from the deployed {@code plan.json}, one line each; empty when nothing does
 */
public record DeployedMatchers(HoneyclusterPlan plan, List<String> drift) {

    public DeployedMatchers {
        drift = List.copyOf(drift);
    }

    /** The trip-wire index to match events against. */
    public TripwireIndex index() {
        return plan.index();
    }

    /** The matchers of the record's deployed plan; a record without one (written before plans were kept) is an error. */
    public static DeployedMatchers of(DeploymentRecord record) {
        DeployedPlan deployed = record.plan();
        if (deployed == null) {
            throw new ClusterException("deployment " + record.id() + " was recorded without its plan (an older"
                    + " workbench deployed it): deploy it again to keep the plan with it");
        }
        HoneyclusterPlan plan;
        try {
            plan = new PlanSource(deployed.tree(), deployed.options()).recompile();
        } catch (PlanRefusedException e) {
            throw new ClusterException("the plan of deployment " + record.id() + " no longer compiles: " + e.getMessage());
        }
        return new DeployedMatchers(plan, PlanDifferences.between(deployed.planJson(), PlanWriter.planJson(plan)));
    }
}
