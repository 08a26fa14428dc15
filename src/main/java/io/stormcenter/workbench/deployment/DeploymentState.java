package io.stormcenter.workbench.deployment;

/** Where a deployment stands, as its record says. */
public enum DeploymentState {
    /** Being applied (a record left in this state means the workbench stopped midway). */
    DEPLOYING("deploying"),
    DEPLOYED("deployed"),
    /** Stopped at an object; retry the deploy or tear down what was applied. */
    FAILED("failed"),
    TORN_DOWN("torn down"),
    /** Teardown ran but objects remain (listed in the record's problem). */
    TEARDOWN_INCOMPLETE("teardown incomplete");

    private final String words;

    DeploymentState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
