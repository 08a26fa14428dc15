package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Falco rules of a plan: the generated rules in Falco's YAML rule syntax, each narrowed to
 * the honey namespace and made to print the pod's namespace (the matcher reads it from
 * {@code output_fields}), plus the upstream rules to watch, named in a comment and in the plan.
 */
final class FalcoRulesFile {

    /** A generated rule of one trip-wire. */
    record GeneratedRule(String tripwireId, String nodeId, TripwireParams.Falco falco) {
    }

    private FalcoRulesFile() {
    }

    static String fileName(String deploymentId) {
        return "ksc-" + deploymentId + "-rules.yaml";
    }

    static String render(String namespace, List<GeneratedRule> generated, List<String> upstream) {
        StringBuilder out = new StringBuilder();
        out.append("# Falco rules of the KSC Workbench honeycluster in namespace ").append(namespace).append(".\n");
        out.append("# Load with Falco's rules.d (e.g. Helm: customRules) next to the upstream rules.\n");
        TreeSet<String> watched = new TreeSet<>(upstream);
        if (!watched.isEmpty()) {
            out.append("# Upstream rules this honeycluster also watches (must be enabled in Falco):\n");
            for (String rule : watched) {
                out.append("#   - ").append(rule).append('\n');
            }
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (GeneratedRule rule : generated) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", rule.falco().rule());
            entry.put("desc", "KSC Workbench trip-wire " + rule.tripwireId() + " (proves node " + rule.nodeId() + ")");
            entry.put("condition", "(" + rule.falco().condition() + ") and k8s.ns.name = \"" + namespace + "\"");
            String output = rule.falco().output();
            if (!output.contains("%k8s.ns.name")) {
                output = output + " k8s_ns=%k8s.ns.name k8s_pod=%k8s.pod.name container_id=%container.id";
            }
            entry.put("output", output);
            entry.put("priority", rule.falco().priority().toUpperCase(Locale.ROOT));
            entry.put("source", "syscall");
            entry.put("tags", List.of("ksc-workbench", "tripwire:" + rule.tripwireId()));
            rules.add(entry);
        }
        if (!rules.isEmpty()) {
            out.append(Yaml.write(rules));
        } else {
            out.append("[]\n");
        }
        return out.toString();
    }

    static ConfigMap configMap(String name, String namespace, Map<String, String> labels, String fileName, String rules) {
        return new ConfigMapBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata()
                .withData(Map.of(fileName, rules))
                .build();
    }
}
