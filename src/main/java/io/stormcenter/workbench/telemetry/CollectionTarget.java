package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.deployment.DeployedMatchers;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What collecting for a model needs to know of its deployment, for {@code collect}, {@code replay}
 * and the Live panel alike: the trip-wires events are matched against, the honey namespace, where
 * the cluster is and since when it was instrumented.
 *
 * <p>A record that keeps the plan as deployed gives its matchers, whatever was edited in the model
 * since; a record of an older workbench, without its plan, gets the model compiled again with the
 * record's seed and namespace; a model never deployed gets the plan {@code generate} makes with the
 * given seed.
 *
 * @param origin     where the trip-wires came from, in words, for a first status line
 * @param context    the deployment's kubeconfig context, or null when it was never deployed
 * @param kubeconfig the kubeconfig file the deployment used, or null for the default
 * @param since      when it was deployed (streams start there), or null
 */
public record CollectionTarget(TripwireIndex index, String origin, String deploymentId, String namespace,
                               String context, String kubeconfig, Instant since) {

    /**
     * @param workbenchIdentities the API users the workbench itself acts as (deploy, status): never counted
     * @throws IllegalArgumentException with a message for the user when the record is damaged or the
     *                                  model cannot be compiled into a plan
     */
    public static CollectionTarget of(Path model, AttackTree tree, long seed, List<String> workbenchIdentities) {
        Optional<DeploymentRecord> record;
        try {
            record = DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new IllegalArgumentException(damaged.getMessage(), damaged);
        }
        try {
            if (record.isPresent() && record.get().plan() != null) {
                DeploymentRecord deployed = record.get();
                DeployedMatchers matchers = DeployedMatchers.of(deployed);
                return of(deployed, matchers.index(), "deployment " + deployed.id() + " as deployed"
                        + (matchers.drift().isEmpty() ? "" : " (this workbench compiles it differently: "
                        + String.join("; ", matchers.drift()) + ")"));
            }
            if (record.isPresent()) {
                DeploymentRecord deployed = record.get();
                HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(deployed.seed())
                        .withNamespace(deployed.namespace()).withWorkbenchIdentities(workbenchIdentities));
                return of(deployed, plan.index(), "deployment " + deployed.id() + " in namespace "
                        + deployed.namespace());
            }
            HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(seed)
                    .withWorkbenchIdentities(workbenchIdentities));
            return new CollectionTarget(plan.index(), "the plan generated with seed " + seed
                    + " (no deployment recorded)", plan.deploymentId(), plan.namespace(), null, null, null);
        } catch (PlanRefusedException refused) {
            throw new IllegalArgumentException(model + ": " + refused.getMessage(), refused);
        } catch (ClusterException unusable) {
            throw new IllegalArgumentException(unusable.getMessage(), unusable);
        }
    }

    private static CollectionTarget of(DeploymentRecord deployed, TripwireIndex index, String origin) {
        return new CollectionTarget(index, origin, deployed.id(), deployed.namespace(), deployed.context(),
                deployed.kubeconfig(), deployed.deployedAt());
    }

    /** Whether the model was deployed (so the cluster's context is known). */
    public boolean deployed() {
        return context != null;
    }
}
