package io.stormcenter.workbench.honeycluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kubernetes audit Policy ({@code audit.k8s.io/v1}) for the honey objects: every rule at
 * Metadata level, so no Secret value and no token is ever written to a log; each request is
 * logged once it is answered (RequestReceived omitted).
 */
final class AuditPolicyFile {

    /** One audit trip-wire as a policy rule; {@code namespace} {@code "*"} is any, {@code ""} cluster-scoped. */
    record Rule(List<String> verbs, String resource, String subresource, String namespace, String name) {
    }

    private static final Set<String> COLLECTION_VERBS = Set.of("list", "watch", "*");

    private AuditPolicyFile() {
    }

    /**
     * Whether a trip-wire's resource can be named in a policy rule. A bare plural that is not built
     * in cannot: an audit rule must name the API group, and guessing it would log nothing (or, with
     * no resource at all, every request of those verbs cluster-wide).
     */
    static boolean nameable(String resource) {
        return "*".equals(resource) || ApiResources.of(resource).isPresent();
    }

    static String render(String namespace, List<String> canaryUsers, List<Rule> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        // Everything in the honey namespace: reads of honeytokens, exec into baits, the canaries' own requests.
        out.add(rule(null, List.of(namespace), null, null, null));
        if (!canaryUsers.isEmpty()) {
            // A canary's requests outside the namespace (e.g. creating a hostPath PersistentVolume) too.
            Map<String, Object> users = new LinkedHashMap<>();
            users.put("level", "Metadata");
            users.put("users", new ArrayList<>(new TreeSet<>(canaryUsers)));
            out.add(users);
        }
        Set<String> seen = new TreeSet<>();
        for (Rule rule : rules) {
            if (!namespace.equals(rule.namespace()) && nameable(rule.resource())) {
                List<String> namespaces = "*".equals(rule.namespace()) ? null : List.of(rule.namespace());
                String name = rule.name() != null && !rule.name().contains("*") && !rule.name().contains("?")
                        ? rule.name() : null;
                add(out, seen, rule(rule.verbs().contains("*") ? null : rule.verbs(), namespaces, rule.resource(),
                        rule.subresource(), name));
            }
            if (lists(rule) && !ApiResources.clusterScoped(rule.resource()) && nameable(rule.resource())
                    && !"*".equals(rule.resource())) {
                // `kubectl get secrets -A`: a list across all namespaces has no namespace, so the rules
                // keyed on one never log it, yet it returns the honeytoken with everything else.
                add(out, seen, rule(List.of("list", "watch"), List.of(""), rule.resource(), null, null));
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

    private static boolean lists(Rule rule) {
        return rule.subresource() == null && rule.verbs().stream().anyMatch(COLLECTION_VERBS::contains);
    }

    private static void add(List<Map<String, Object>> out, Set<String> seen, Map<String, Object> entry) {
        if (seen.add(entry.toString())) {
            out.add(entry);
        }
    }

    private static Map<String, Object> rule(List<String> verbs, List<String> namespaces, String resource,
                                            String subresource, String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("level", "Metadata");
        if (verbs != null) {
            entry.put("verbs", verbs);
        }
        Optional<ApiResources.Resource> known = ApiResources.of(resource);
        if (known.isPresent()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group", known.get().group());
            String plural = known.get().plural();
            group.put("resources", List.of(subresource == null ? plural : plural + "/" + subresource));
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
