package io.stormcenter.workbench.honeycluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sensor settings a plan needs to work, as Helm values of the sensors' own charts (keys as in
 * {@code ../shared/fixtures/helm/}): Falco prints JSON with the fields the matchers read and loads
 * the plan's rules ({@code customRules}, so the rules live with the sensor, never in the honey
 * namespace); Tetragon exports to stdout and, when a trip-wire watches host processes, keeps the
 * host's events its default deny list drops.
 */
public final class SensorSettings {

    public static final String FALCO_VALUES = "falco-values.yaml";
    public static final String TETRAGON_VALUES = "tetragon-values.yaml";
    /** What every Falco alert must print for the matchers and sessions (issue 10). */
    public static final List<String> FALCO_FIELDS = List.of("k8s.ns.name", "k8s.pod.name", "container.id",
            "proc.pid", "proc.ppid", "proc.exepath", "user.name");
    /** Tetragon's default deny list drops the host ("") and kube-system; a host trip-wire needs the host kept. */
    public static final String TETRAGON_DEFAULT_DENY = "{\"health_check\":true}\n{\"namespace\":[\"\", \"cilium\", \"kube-system\"]}";
    static final String TETRAGON_HOST_DENY = "{\"health_check\":true}\n{\"namespace\":[\"cilium\", \"kube-system\"]}";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private SensorSettings() {
    }

    /** The name of a deployment's Falco rules file (a key of {@code customRules}, so of Falco's rules ConfigMap). */
    public static String falcoRulesFile(String deploymentId) {
        return FalcoRulesFile.fileName(deploymentId);
    }

    /** Falco's values: JSON alerts with the matchers' fields, and the plan's rules file as a custom rule file. */
    static String falcoValues(String deploymentId, String rulesFile, String rules) {
        Map<String, Object> falco = new LinkedHashMap<>();
        falco.put("json_output", true);
        falco.put("json_include_output_property", true);
        falco.put("json_include_output_fields_property", true);
        falco.put("json_include_tags_property", true);
        List<Object> append = new ArrayList<>();
        append.add(Map.of("suggested_output", true));
        append.add(Map.of("extra_fields", FALCO_FIELDS));
        falco.put("append_output", append);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("falco", falco);
        values.put("customRules", Map.of(rulesFile, rules));
        return "# Falco chart values for honeycluster " + deploymentId + ": " + HelmRelease.FALCO.command() + "\n"
                + "# Without them the Falco trip-wires stay blind: plain-text alerts, no k8s.ns.name to tell the\n"
                + "# honey namespace, and the plan's own rules not loaded.\n" + write(values);
    }

    /**
     * Tetragon's values: stdout export on (the workbench streams the export-stdout container) and,
     * with {@code hostEvents}, a deny list that keeps host processes (pods of kube-system stay out).
     */
    static String tetragonValues(String deploymentId, boolean hostEvents) {
        Map<String, Object> tetragon = new LinkedHashMap<>();
        tetragon.put("exportDenyList", hostEvents ? TETRAGON_HOST_DENY : TETRAGON_DEFAULT_DENY);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tetragon", tetragon);
        values.put("export", Map.of("mode", "stdout"));
        return "# Tetragon chart values for honeycluster " + deploymentId + ": " + HelmRelease.TETRAGON.command() + "\n"
                + (hostEvents ? "# The deny list keeps host processes: the cluster-wide trip-wires watch them.\n"
                : "# The chart's default deny list is kept: no trip-wire watches host processes.\n")
                + write(values);
    }

    private static String write(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }

    /** The sensors' Helm releases whose values the plan ships, in a stable order. */
    public static List<HelmRelease> releases(HoneyclusterPlan plan) {
        List<HelmRelease> releases = new ArrayList<>();
        if (plan.files().containsKey(FALCO_VALUES)) {
            releases.add(HelmRelease.FALCO);
        }
        if (plan.files().containsKey(TETRAGON_VALUES)) {
            releases.add(HelmRelease.TETRAGON);
        }
        return releases;
    }
}
