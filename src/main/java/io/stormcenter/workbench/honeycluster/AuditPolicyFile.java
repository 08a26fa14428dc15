package io.stormcenter.workbench.honeycluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kubernetes audit Policy ({@code audit.k8s.io/v1}) for the honey objects: every rule at
 * Metadata level, so no Secret value and no token is ever written to a log; each request is
 * logged once it is answered (RequestReceived omitted).
 */
final class AuditPolicyFile {

    /** One audit trip-wire as a policy rule. */
    record Rule(List<String> verbs, String resource, String subresource, String namespace, String name) {
    }

    private static final Set<String> CORE = Set.of("pods", "services", "secrets", "configmaps", "serviceaccounts",
            "namespaces", "nodes", "persistentvolumes", "persistentvolumeclaims", "events", "endpoints");
    private static final Map<String, String> API_GROUPS = Map.ofEntries(
            Map.entry("deployments", "apps"), Map.entry("daemonsets", "apps"), Map.entry("statefulsets", "apps"),
            Map.entry("replicasets", "apps"), Map.entry("jobs", "batch"), Map.entry("cronjobs", "batch"),
            Map.entry("roles", "rbac.authorization.k8s.io"), Map.entry("rolebindings", "rbac.authorization.k8s.io"),
            Map.entry("clusterroles", "rbac.authorization.k8s.io"),
            Map.entry("clusterrolebindings", "rbac.authorization.k8s.io"),
            Map.entry("networkpolicies", "networking.k8s.io"), Map.entry("ingresses", "networking.k8s.io"),
            Map.entry("storageclasses", "storage.k8s.io"),
            Map.entry("certificatesigningrequests", "certificates.k8s.io"));

    private AuditPolicyFile() {
    }

    static String render(String namespace, List<String> canaryUsers, List<Rule> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        // Everything in the honey namespace: reads of honeytokens, exec into baits, the canaries' own requests.
        out.add(rule(null, List.of(namespace), null, null));
        if (!canaryUsers.isEmpty()) {
            // A canary's requests outside the namespace (e.g. creating a hostPath PersistentVolume) too.
            Map<String, Object> users = new LinkedHashMap<>();
            users.put("level", "Metadata");
            users.put("users", new ArrayList<>(new TreeSet<>(canaryUsers)));
            out.add(users);
        }
        Set<String> seen = new TreeSet<>();
        for (Rule rule : rules) {
            if (namespace.equals(rule.namespace())) {
                continue;
            }
            String resource = rule.subresource() == null ? rule.resource() : rule.resource() + "/" + rule.subresource();
            List<String> namespaces = rule.namespace() == null || "*".equals(rule.namespace()) ? null
                    : List.of(rule.namespace());
            Map<String, Object> entry = rule(rule.verbs().contains("*") ? null : rule.verbs(), namespaces, resource,
                    rule.name() != null && !rule.name().contains("*") && !rule.name().contains("?") ? rule.name() : null);
            if (seen.add(entry.toString())) {
                out.add(entry);
            }
        }
        Map<String, Object> nothingElse = new LinkedHashMap<>();
        nothingElse.put("level", "None");
        out.add(nothingElse);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("apiVersion", "audit.k8s.io/v1");
        policy.put("kind", "Policy");
        policy.put("omitStages", List.of("RequestReceived"));
        policy.put("rules", out);
        return "# Audit policy for the KSC Workbench honeycluster in namespace " + namespace + ".\n"
                + "# Metadata level only: Secret values and tokens are never logged.\n"
                + "# Merge these rules before the final rule of an existing policy if the cluster has one.\n"
                + Yaml.write(policy);
    }

    private static Map<String, Object> rule(List<String> verbs, List<String> namespaces, String resource, String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("level", "Metadata");
        if (verbs != null) {
            entry.put("verbs", verbs);
        }
        if (resource != null && !"*".equals(resource)) {
            String apiGroup = API_GROUPS.getOrDefault(resource.split("/")[0], null);
            if (apiGroup == null && !CORE.contains(resource.split("/")[0])) {
                // An unknown group: match by verbs and namespace only rather than miss the request.
                if (namespaces != null) {
                    entry.put("namespaces", namespaces);
                }
                return entry;
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group", apiGroup == null ? "" : apiGroup);
            group.put("resources", List.of(resource));
            if (name != null) {
                group.put("resourceNames", List.of(name));
            }
            entry.put("resources", List.of(group));
        }
        if (namespaces != null) {
            entry.put("namespaces", namespaces);
        }
        return entry;
    }
}
