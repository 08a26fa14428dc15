package io.stormcenter.workbench.honeycluster;

/**
 * The one label that marks every object of a deployment, chosen to look like any application's
 * (e.g. {@code app.kubernetes.io/instance=payments-4f1c9}). Status and teardown touch an object
 * only when the deployment record lists it and it carries this label.
 */
public record DeploymentLabel(String key, String value) {

    public DeploymentLabel {
        if (key == null || key.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a deployment label needs a key and a value");
        }
    }

    /** {@code key=value}, as a label selector. */
    public String selector() {
        return key + "=" + value;
    }

    @Override
    public String toString() {
        return selector();
    }
}
