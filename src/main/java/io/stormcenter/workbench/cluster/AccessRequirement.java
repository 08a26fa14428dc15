package io.stormcenter.workbench.cluster;

/**
 * One thing the kubeconfig user must be allowed to do for the plan.
 *
 * @param namespace null for a cluster-wide permission
 * @param optional  a missing optional right only limits a feature (e.g. finding Falco), it does not block
 * @param neededFor what needs it, in words ("Secret objects", "status")
 */
public record AccessRequirement(String verb, String group, String resource, String namespace, boolean optional,
                                String neededFor) {

    /** "create secrets in namespace honey-x", "list daemonsets.apps in all namespaces". */
    public String describe() {
        String qualified = group == null || group.isEmpty() ? resource : resource + "." + group;
        return verb + " " + qualified + (namespace == null ? " (cluster-wide)" : " in namespace " + namespace);
    }
}
