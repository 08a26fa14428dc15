package io.stormcenter.workbench.honeycluster;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in Kubernetes resources an audit trip-wire may name: the API group each belongs to
 * (an audit Policy rule must name the group: {@code ""} is core) and whether its objects live
 * outside namespaces. A resource of another group is written {@code plural.group}, as kubectl
 * does ({@code widgets.example.com}).
 */
final class ApiResources {

    /** A resource as the audit log names it: {@code objectRef.resource} and {@code objectRef.apiGroup}. */
    record Resource(String plural, String group, boolean clusterScoped) {
    }

    private static final Set<String> CLUSTER_SCOPED = Set.of("persistentvolumes", "nodes", "namespaces",
            "clusterroles", "clusterrolebindings", "storageclasses", "customresourcedefinitions",
            "certificatesigningrequests", "validatingwebhookconfigurations", "mutatingwebhookconfigurations",
            "tokenreviews", "subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews",
            "selfsubjectreviews", "priorityclasses", "runtimeclasses", "csidrivers", "csinodes", "volumeattachments",
            "apiservices", "ingressclasses", "componentstatuses", "validatingadmissionpolicies",
            "validatingadmissionpolicybindings", "flowschemas", "prioritylevelconfigurations");

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("pods", ""), Map.entry("services", ""), Map.entry("secrets", ""), Map.entry("configmaps", ""),
            Map.entry("serviceaccounts", ""), Map.entry("namespaces", ""), Map.entry("nodes", ""),
            Map.entry("persistentvolumes", ""), Map.entry("persistentvolumeclaims", ""), Map.entry("events", ""),
            Map.entry("endpoints", ""), Map.entry("replicationcontrollers", ""), Map.entry("resourcequotas", ""),
            Map.entry("limitranges", ""), Map.entry("podtemplates", ""), Map.entry("componentstatuses", ""),
            Map.entry("deployments", "apps"), Map.entry("daemonsets", "apps"), Map.entry("statefulsets", "apps"),
            Map.entry("replicasets", "apps"), Map.entry("controllerrevisions", "apps"),
            Map.entry("jobs", "batch"), Map.entry("cronjobs", "batch"),
            Map.entry("roles", "rbac.authorization.k8s.io"), Map.entry("rolebindings", "rbac.authorization.k8s.io"),
            Map.entry("clusterroles", "rbac.authorization.k8s.io"),
            Map.entry("clusterrolebindings", "rbac.authorization.k8s.io"),
            Map.entry("networkpolicies", "networking.k8s.io"), Map.entry("ingresses", "networking.k8s.io"),
            Map.entry("ingressclasses", "networking.k8s.io"),
            Map.entry("storageclasses", "storage.k8s.io"), Map.entry("csidrivers", "storage.k8s.io"),
            Map.entry("csinodes", "storage.k8s.io"), Map.entry("volumeattachments", "storage.k8s.io"),
            Map.entry("certificatesigningrequests", "certificates.k8s.io"),
            Map.entry("tokenreviews", "authentication.k8s.io"), Map.entry("selfsubjectreviews", "authentication.k8s.io"),
            Map.entry("subjectaccessreviews", "authorization.k8s.io"),
            Map.entry("selfsubjectaccessreviews", "authorization.k8s.io"),
            Map.entry("selfsubjectrulesreviews", "authorization.k8s.io"),
            Map.entry("localsubjectaccessreviews", "authorization.k8s.io"),
            Map.entry("customresourcedefinitions", "apiextensions.k8s.io"),
            Map.entry("apiservices", "apiregistration.k8s.io"),
            Map.entry("validatingwebhookconfigurations", "admissionregistration.k8s.io"),
            Map.entry("mutatingwebhookconfigurations", "admissionregistration.k8s.io"),
            Map.entry("validatingadmissionpolicies", "admissionregistration.k8s.io"),
            Map.entry("validatingadmissionpolicybindings", "admissionregistration.k8s.io"),
            Map.entry("poddisruptionbudgets", "policy"), Map.entry("priorityclasses", "scheduling.k8s.io"),
            Map.entry("runtimeclasses", "node.k8s.io"), Map.entry("leases", "coordination.k8s.io"),
            Map.entry("endpointslices", "discovery.k8s.io"),
            Map.entry("horizontalpodautoscalers", "autoscaling"),
            Map.entry("flowschemas", "flowcontrol.apiserver.k8s.io"),
            Map.entry("prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io"));

    private ApiResources() {
    }

    /**
     * The resource a trip-wire names: a built-in plural, or {@code plural.group}; empty for a bare
     * plural that is not built in (its group is unknown, so no audit rule can name it) and for {@code *}.
     */
    static Optional<Resource> of(String name) {
        if (name == null || "*".equals(name)) {
            return Optional.empty();
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            String plural = name.substring(0, dot);
            return Optional.of(new Resource(plural, name.substring(dot + 1), CLUSTER_SCOPED.contains(plural)));
        }
        String group = GROUPS.get(name);
        return group == null ? Optional.empty() : Optional.of(new Resource(name, group, CLUSTER_SCOPED.contains(name)));
    }

    /** The plural the audit log carries in {@code objectRef.resource}. */
    static String plural(String name) {
        int dot = name == null ? -1 : name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean clusterScoped(String name) {
        return CLUSTER_SCOPED.contains(plural(name));
    }
}
