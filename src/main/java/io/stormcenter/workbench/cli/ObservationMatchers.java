package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.deployment.DeployedMatchers;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The trip-wires events are matched against: the model's deployment when it has one, else the
 * plan {@code generate} makes with the given seed.
 *
 * <p>A record that keeps the plan as deployed gives its matchers, whatever was edited in the model
 * since; a record of an older workbench, without its plan, gets the model compiled again with the
 * record's seed and namespace.
 */
final class ObservationMatchers {

    /** The trip-wires and where they came from, for the command's first line. */
    record Matchers(TripwireIndex index, String origin) {
    }

    private ObservationMatchers() {
    }

    /** @param workbenchIdentities the API users the workbench itself acts as (deploy, status): never counted */
    static Matchers of(Path model, AttackTree tree, long seed, List<String> workbenchIdentities) {
        Optional<DeploymentRecord> record;
        try {
            record = DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
        try {
            if (record.isPresent() && record.get().plan() != null) {
                DeploymentRecord deployed = record.get();
                DeployedMatchers matchers = DeployedMatchers.of(deployed);
                return new Matchers(matchers.index(), "deployment " + deployed.id() + " as deployed"
                        + (matchers.drift().isEmpty() ? "" : " (this workbench compiles it differently: "
                        + String.join("; ", matchers.drift()) + ")"));
            }
            if (record.isPresent()) {
                DeploymentRecord deployed = record.get();
                return new Matchers(new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(deployed.seed())
                        .withNamespace(deployed.namespace()).withWorkbenchIdentities(workbenchIdentities)).index(), "deployment " + deployed.id() + " in namespace "
                        + deployed.namespace());
            }
            return new Matchers(new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(seed)
                    .withWorkbenchIdentities(workbenchIdentities)).index(),
                    "the plan generated with seed " + seed + " (no deployment recorded)");
        } catch (PlanRefusedException refused) {
            throw new CommandFailure(model + ": " + refused.getMessage());
        } catch (ClusterException unusable) {
            throw new CommandFailure(unusable.getMessage());
        }
    }
}
