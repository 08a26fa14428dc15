package io.stormcenter.workbench.deployment;

import java.util.Map;

/**
 * The labels that mark an object as deployed by the workbench (DESIGN.md, Trip-wires). Every
 * update and delete checks them on the live object first: whatever lacks them is not ours.
 */
public final class DeploymentLabels {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "ksc-workbench";
    public static final String MODEL = "stormcenter.io/model";
    public static final String DEPLOYMENT = "stormcenter.io/deployment";
    public static final String TRIPWIRE = "stormcenter.io/tripwire";

    private DeploymentLabels() {
    }

    /** The label selector that finds every object of one deployment. */
    public static String selector(String deploymentId) {
        return MANAGED_BY + "=" + MANAGER + "," + DEPLOYMENT + "=" + deploymentId;
    }

    /** Whether labels (possibly null) mark an object of this deployment. */
    public static boolean belongTo(Map<String, String> labels, String deploymentId) {
        return labels != null && MANAGER.equals(labels.get(MANAGED_BY)) && deploymentId.equals(labels.get(DEPLOYMENT));
    }

    /** Says whose object it is, for a refusal message. */
    public static String ownerOf(Map<String, String> labels) {
        if (labels == null || !MANAGER.equals(labels.get(MANAGED_BY))) {
            return "not managed by " + MANAGER;
        }
        return "belongs to deployment '" + labels.get(DEPLOYMENT) + "' of model '" + labels.get(MODEL) + "'";
    }
}
