package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Falco rules of a plan: the generated rules in Falco's YAML rule syntax, each narrowed to
 * the honey namespace and made to print what the matcher and the sessions need, plus the
 * upstream rules to watch, named in a comment and in the plan.
 *
 * <p>The source is chosen per rule: a condition on audit fields ({@code ka.*}, {@code jevt.*})
 * is a {@code k8s_audit} rule, scoped by {@code ka.target.namespace}; anything else a
 * {@code syscall} rule, scoped by {@code k8s.ns.name}. Falco refuses a file whose rule uses a
 * field its source does not have, and a refused file can stop Falco.
 */
final class FalcoRulesFile {

    /** A generated rule of one trip-wire. */
    record GeneratedRule(String tripwireId, String nodeId, TripwireParams.Falco falco) {
    }

    /** What a syscall alert must print: where (namespace, pod, container) and who (process, parent, user). */
    static final List<String> SYSCALL_FIELDS = List.of("k8s.ns.name", "k8s.pod.name", "container.id", "proc.pid",
            "proc.ppid", "proc.exepath", "user.name");
    /** What an audit alert must print. */
    static final List<String> AUDIT_FIELDS = List.of("ka.target.namespace", "ka.target.resource", "ka.target.name",
            "ka.verb", "ka.user.name", "ka.impuser.name", "ka.response.code");

    private static final Pattern AUDIT_FIELD = Pattern.compile("\\b(ka|jevt)\\.[a-z]");

    private FalcoRulesFile() {
    }

    static String fileName(String deploymentId) {
        return "ksc-" + deploymentId + "-rules.yaml";
    }

    /** The source a condition needs: {@code k8s_audit} for audit fields, else {@code syscall}. */
    static String source(String condition) {
        return AUDIT_FIELD.matcher(condition).find() ? "k8s_audit" : "syscall";
    }

    static String render(String namespace, List<GeneratedRule> generated, List<String> upstream) {
        StringBuilder out = new StringBuilder();
        out.append("# Falco rules of the KSC Workbench honeycluster in namespace ").append(namespace).append(".\n");
        out.append("# Load with Falco's rules.d (e.g. Helm: customRules) next to the upstream rules.\n");
        TreeSet<String> watched = new TreeSet<>(upstream);
        if (!watched.isEmpty()) {
            out.append("# Upstream rules of the stable ruleset this honeycluster also watches (loaded and enabled\n");
            out.append("# by a default install; their alerts name the namespace only with append_output):\n");
            for (String rule : watched) {
                out.append("#   - ").append(rule).append('\n');
            }
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (GeneratedRule rule : generated) {
            String source = source(rule.falco().condition());
            boolean audit = source.equals("k8s_audit");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", rule.falco().rule());
            entry.put("desc", "KSC Workbench trip-wire " + rule.tripwireId() + " (proves node " + rule.nodeId() + ")");
            entry.put("condition", "(" + rule.falco().condition() + ") and "
                    + (audit ? "ka.target.namespace" : "k8s.ns.name") + " = \"" + namespace + "\"");
            entry.put("output", withFields(rule.falco().output(), audit ? AUDIT_FIELDS : SYSCALL_FIELDS));
            entry.put("priority", rule.falco().priority().toUpperCase(Locale.ROOT));
            entry.put("source", source);
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

    /** The output with every field the matcher and the sessions read, as {@code field=%field}, appended when missing. */
    private static String withFields(String output, List<String> fields) {
        StringBuilder out = new StringBuilder(output.strip());
        for (String field : fields) {
            if (!output.contains("%" + field)) {
                out.append(' ').append(field.replace('.', '_')).append("=%").append(field);
            }
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
