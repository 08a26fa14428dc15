package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.kube.ClusterException;

/**
 * The workbench refuses to do something that could harm a cluster it does not own: a protected
 * namespace, an object without our labels, a production context without the override.
 */
public final class SafetyRefusal extends ClusterException {

    private static final long serialVersionUID = 1L;

    public SafetyRefusal(String message) {
        super(message);
    }
}
