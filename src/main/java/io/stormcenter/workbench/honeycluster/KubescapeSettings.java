package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What Kubescape's node-agent needs for the plan's {@code kubescape} trip-wires to fire: a
 * {@code RuntimeRuleAlertBinding} ({@code kubescape.io/v1}, cluster-scoped) that binds exactly the
 * rules the trip-wires name to the honey namespace, and the Helm values that turn runtime detection on
 * and make the node-agent print its alerts to its log (which {@code collect --cluster} streams).
 */
final class KubescapeSettings {

    static final String API_VERSION = "kubescape.io/v1";
    static final String BINDING = "RuntimeRuleAlertBinding";
    static final String VALUES_FILE = "kubescape-values.yaml";
    /** Kubescape's rule whose {@code includePrefixes} parameter narrows which file accesses alert. */
    static final String UNEXPECTED_FILE_ACCESS = "R0002";

    private KubescapeSettings() {
    }

    /**
     * The binding for the honey namespace: one entry per rule id. When every trip-wire on unexpected
     * file access names a path, the rule is narrowed to those paths' fixed prefixes, so the node-agent
     * does not report the ordinary library loads of every new process.
     */
    static GenericKubernetesResource binding(String name, String namespace, Map<String, String> labels,
                                             List<TripwireParams.Kubescape> tripwires) {
        Map<String, List<TripwireParams.Kubescape>> byRule = new TreeMap<>();
        tripwires.forEach(t -> byRule.computeIfAbsent(t.rule(), k -> new ArrayList<>()).add(t));
        List<Map<String, Object>> rules = new ArrayList<>();
        byRule.forEach((rule, wires) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ruleID", rule);
            if (UNEXPECTED_FILE_ACCESS.equals(rule) && wires.stream().allMatch(w -> w.path() != null)) {
                TreeSet<String> prefixes = new TreeSet<>();
                wires.forEach(w -> prefixes.add(fixedPrefix(w.path())));
                entry.put("parameters", Map.of("includePrefixes", List.copyOf(prefixes)));
            }
            rules.add(entry);
        });
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", namespace)));
        spec.put("rules", rules);
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(API_VERSION)
                .withKind(BINDING)
                .withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withAdditionalProperties(Map.of("spec", spec))
                .build();
    }

    /** The part of a path glob before its first wildcard: {@code /etc/kubernetes/pki/*.key} gives {@code /etc/kubernetes/pki/}. */
    static String fixedPrefix(String glob) {
        int star = glob.indexOf('*');
        int question = glob.indexOf('?');
        int cut = star < 0 ? question : question < 0 ? star : Math.min(star, question);
        return cut < 0 ? glob : glob.substring(0, cut);
    }

    /** The Helm values of the Kubescape operator chart for this plan. */
    static String helmValues(String deploymentId, String bindingName) {
        return """
                # Kubescape operator values for honeycluster %s.
                #   helm repo add kubescape https://kubescape.github.io/helm-charts/
                #   helm upgrade --install kubescape kubescape/kubescape-operator -n kubescape --create-namespace \\
                #     -f %s --set clusterName=$(kubectl config current-context)
                # The plan's RuntimeRuleAlertBinding '%s' binds the trip-wires' rules to the honey namespace.
                # Anomaly rules (R0001-R0006) alert only once the bait's application profile is learnt, so the
                # learning period is kept short: attack the bait after it, not during it.
                capabilities:
                  runtimeDetection: enable
                  runtimeObservability: enable
                alertCRD:
                  # the rule and binding CRDs, cluster-scoped as the plan's binding is
                  installDefault: true
                  scopeClustered: true
                nodeAgent:
                  config:
                    learningPeriod: 2m
                    maxLearningPeriod: 5m
                    updatePeriod: 1m
                    # alerts as JSON lines on the node-agent's log: what the workbench's cluster source reads
                    stdoutExporter: true
                    # or push them to the workbench's receiver instead:
                    # httpExporterConfig:
                    #   url: https://WORKBENCH:8443/v1/kubescape
                """.formatted(deploymentId, VALUES_FILE, bindingName);
    }
}
