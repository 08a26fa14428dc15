package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.ObjectRef;

/**
 * One recorded object as found in the cluster.
 *
 * @param note e.g. "0/1 replicas ready", "exists but is not ours", or empty
 */
public record ObjectStatus(ObjectRef object, boolean present, String note) {
}
