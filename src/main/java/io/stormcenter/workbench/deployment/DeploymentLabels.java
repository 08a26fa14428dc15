package io.stormcenter.workbench.deployment;

import io.stormcenter.workbench.honeycluster.DeploymentLabel;
import java.util.Map;

/**
 * Whether a live object is one of a deployment's, by the deployment's own label (DESIGN.md,
 * Trip-wires). Every update and delete checks it on the live object first: whatever lacks it is
 * not ours, whatever the record says.
 */
public final class DeploymentLabels {

    /** What deployments recorded before labels were disguised carry (record format version 1). */
    static final String LEGACY_KEY = "stormcenter.io/deployment";

    private DeploymentLabels() {
    }

    /** The label of a deployment recorded before the label was part of the record. */
    public static DeploymentLabel legacy(String deploymentId) {
        return new DeploymentLabel(LEGACY_KEY, deploymentId);
    }

    /** Whether labels (possibly null) mark an object of this deployment. */
    public static boolean belongTo(Map<String, String> labels, DeploymentLabel label) {
        return labels != null && label.value().equals(labels.get(label.key()));
    }

    /** Says why an object is not the deployment's, for a refusal message. */
    public static String ownerOf(Map<String, String> labels, DeploymentLabel label) {
        String present = labels == null ? null : labels.get(label.key());
        return present == null ? "does not carry this deployment's label " + label.selector()
                : "is labelled " + label.key() + "=" + present + ", not " + label.value() + " (another deployment's)";
    }
}
