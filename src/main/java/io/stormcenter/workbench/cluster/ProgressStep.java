package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.ObjectRef;

/**
 * One object done.
 *
 * @param done    objects finished so far, this one included
 * @param outcome "created", "updated", "unchanged", "skipped: ...", "failed: ...", "deleted", ...
 */
public record ProgressStep(int done, int total, ObjectRef object, String outcome) {

    @Override
    public String toString() {
        return "[" + done + "/" + total + "] " + object + ": " + outcome;
    }
}
