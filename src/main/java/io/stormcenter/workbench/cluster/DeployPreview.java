package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.kube.KubeContext;
import java.util.List;

/**
 * What a deploy would do, worked out before anything changes: every object with its action and
 * dry-run result, the sensors found, and warnings (skipped kinds, what the model exposes).
 */
public record DeployPreview(KubeContext context, String namespace, String deploymentId, List<PlannedChange> changes,
                            SensorInventory sensors, List<String> warnings, boolean dryRunOnServer) {

    /** How the note of an object starts when its dry run waits for the namespace to exist. */
    public static final String AFTER_NAMESPACE = "dry run once namespace";

    public DeployPreview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** False when an object is refused or invalid: deploying would fail. */
    public boolean deployable() {
        return changes.stream().noneMatch(c -> c.action().blocks());
    }

    public long count(PlannedAction action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public List<PlannedChange> blocking() {
        return changes.stream().filter(c -> c.action().blocks()).toList();
    }

    /** "3 to create, 1 to update, 12 unchanged, 2 skipped". */
    public String summary() {
        return count(PlannedAction.CREATE) + " to create, " + count(PlannedAction.UPDATE) + " to update, "
                + count(PlannedAction.UNCHANGED) + " unchanged, " + count(PlannedAction.SKIP) + " skipped"
                + (deployable() ? "" : ", " + blocking().size() + " blocking");
    }
}
