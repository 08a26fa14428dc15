package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.ObjectRef;
import java.util.List;

/**
 * What a teardown removed and what it could not.
 *
 * @param remaining objects still there when the wait ended, with why (e.g. "still terminating")
 * @param leftAlone recorded objects that exist but are not ours: never deleted
 */
public record TeardownResult(DeploymentRecord record, List<ObjectRef> deleted, List<String> remaining,
                             List<String> leftAlone) {

    public TeardownResult {
        deleted = List.copyOf(deleted);
        remaining = List.copyOf(remaining);
        leftAlone = List.copyOf(leftAlone);
    }

    public boolean complete() {
        return remaining.isEmpty();
    }
}
