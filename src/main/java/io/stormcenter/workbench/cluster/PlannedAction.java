package io.stormcenter.workbench.cluster;

/** What deploying would do to one object of the plan. */
public enum PlannedAction {
    CREATE("create"),
    UPDATE("update"),
    UNCHANGED("unchanged"),
    /** The cluster does not serve the kind (its CRD is missing): skipped with a warning. */
    SKIP("skip"),
    /** The object exists and is not ours: deploying is refused. */
    REFUSED("refused"),
    /** The server's dry run rejected the object. */
    INVALID("invalid");

    private final String word;

    PlannedAction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether deploying may go on with this object in the plan. */
    public boolean blocks() {
        return this == REFUSED || this == INVALID;
    }
}
