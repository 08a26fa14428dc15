package io.stormcenter.workbench.deployment;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Names one Kubernetes object without holding its content (so a record of a deployment never
 * holds a honeytoken's data).
 *
 * @param namespace null for cluster-scoped objects
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

    public static ObjectRef of(HasMetadata object) {
        return new ObjectRef(object.getApiVersion(), object.getKind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName());
    }

    public boolean namespaced() {
        return namespace != null;
    }

    /** The API group, empty for the core group. */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    @Override
    public String toString() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
