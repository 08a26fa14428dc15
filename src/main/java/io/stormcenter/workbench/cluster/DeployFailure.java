package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.ObjectRef;
import java.util.List;

/**
 * Where a deploy stopped and why, and what the user can do next.
 *
 * @param object null when the deploy stopped before any object (e.g. a refused context)
 */
public record DeployFailure(ObjectRef object, String reason, List<NextStep> nextSteps) {

    public DeployFailure {
        nextSteps = List.copyOf(nextSteps);
    }

    public enum NextStep {
        /** Deploy again: objects already applied come out unchanged. */
        RETRY,
        /** Remove what was applied. */
        TEARDOWN
    }

    @Override
    public String toString() {
        return (object == null ? "" : object + ": ") + reason;
    }
}
