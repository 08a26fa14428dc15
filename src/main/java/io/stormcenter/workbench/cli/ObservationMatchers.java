package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.CollectionTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * The trip-wires events are matched against: the model's deployment when it has one, else the
 * plan {@code generate} makes with the given seed (see {@link CollectionTarget}).
 */
final class ObservationMatchers {

    /** The trip-wires and where they came from, for the command's first line. */
    record Matchers(TripwireIndex index, String origin) {
    }

    private ObservationMatchers() {
    }

    /** @param workbenchIdentities the API users the workbench itself acts as (deploy, status): never counted */
    static Matchers of(Path model, AttackTree tree, long seed, List<String> workbenchIdentities) {
        CollectionTarget target = target(model, tree, seed, workbenchIdentities);
        return new Matchers(target.index(), target.origin());
    }

    /** The deployment's target, or the command's failure with the reason. */
    static CollectionTarget target(Path model, AttackTree tree, long seed, List<String> workbenchIdentities) {
        try {
            return CollectionTarget.of(model, tree, seed, workbenchIdentities);
        } catch (IllegalArgumentException unusable) {
            throw new CommandFailure(unusable.getMessage());
        }
    }
}
