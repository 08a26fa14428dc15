package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The trip-wires events are matched against: the model's deployment when it has one, else the
 * plan {@code generate} makes with the given seed.
 *
 * <p>Until the deployment record keeps the plan as deployed, the deployed plan is compiled again
 * from the model with the record's seed and namespace: the same plan as long as the model was not
 * edited since the deploy.
 */
final class DeployedMatchers {

    /** The trip-wires and where they came from, for the command's first line. */
    record Matchers(TripwireIndex index, String origin) {
    }

    private DeployedMatchers() {
    }

    static Matchers of(Path model, AttackTree tree, long seed) {
        Optional<DeploymentRecord> record;
        try {
            record = DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
        try {
            if (record.isPresent()) {
                DeploymentRecord deployed = record.get();
                return new Matchers(new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(deployed.seed())
                        .withNamespace(deployed.namespace())).index(), "deployment " + deployed.id() + " in namespace "
                        + deployed.namespace());
            }
            return new Matchers(new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(seed)).index(),
                    "the plan generated with seed " + seed + " (no deployment recorded)");
        } catch (PlanRefusedException refused) {
            throw new CommandFailure(model + ": " + refused.getMessage());
        }
    }
}
