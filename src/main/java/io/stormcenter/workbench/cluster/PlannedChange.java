package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.ObjectRef;

/**
 * One line of the plan: an object, what deploying would do to it, and why when that needs saying
 * (the dry run's error, the missing CRD, whose object it is).
 */
public record PlannedChange(ObjectRef object, PlannedAction action, String note) {

    @Override
    public String toString() {
        return action.word() + " " + object + (note == null || note.isEmpty() ? "" : ": " + note);
    }
}
