package io.stormcenter.workbench.cluster;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.stormcenter.workbench.deployment.DeployedMatchers;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.honeycluster.SensorSettings;
import io.stormcenter.workbench.honeycluster.TetragonMatcher;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.kube.ClusterFailures;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the installed sensors are configured so that the deployment's trip-wires can fire, where
 * the cluster says so: Falco's own ConfigMap ({@code falco.yaml}: JSON output, the fields the
 * matchers read, the plan's rules loaded) and Tetragon's ({@code export-denylist} keeping host
 * events for cluster-wide trip-wires; an {@code export-stdout} container). Each finding is one line
 * naming the sensor, what is wrong, and which trip-wires it blinds.
 */
final class SensorConfiguration {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SensorConfiguration() {
    }

    static List<String> problems(ClusterObjects objects, DeploymentRecord record) {
        List<TripwireEntry> entries;
        try {
            entries = DeployedMatchers.of(record).index().entries();
        } catch (RuntimeException e) {
            return List.of(); // a record without its plan: nothing to check the sensors against
        }
        List<String> falcoWires = ids(entries, TripwireKind.FALCO, false);
        List<String> hostWires = ids(entries, TripwireKind.TETRAGON, true);
        List<String> tetragonWires = ids(entries, TripwireKind.TETRAGON, false);
        if (falcoWires.isEmpty() && tetragonWires.isEmpty()) {
            return List.of();
        }
        List<DaemonSet> daemonSets;
        try {
            daemonSets = objects.session().client().apps().daemonSets().inAnyNamespace().list().getItems();
        } catch (RuntimeException e) {
            if (ClusterFailures.unreachable(e)) {
                throw objects.session().failure("look at the sensors' settings", e);
            }
            return List.of("could not check the sensors' settings: " + objects.session().reason(e));
        }
        List<String> problems = new ArrayList<>();
        for (DaemonSet daemonSet : daemonSets) {
            String name = daemonSet.getMetadata().getName().toLowerCase(Locale.ROOT);
            String where = daemonSet.getMetadata().getNamespace() + "/" + daemonSet.getMetadata().getName();
            if (name.contains("falco") && !falcoWires.isEmpty()) {
                configMap(objects, daemonSet, daemonSet.getMetadata().getName()).ifPresent(config ->
                        problems.addAll(falco(config, where, record.id(), falcoWires,
                                configMap(objects, daemonSet, daemonSet.getMetadata().getName() + "-rules"))));
            } else if (name.contains("tetragon") && !name.contains("operator") && !tetragonWires.isEmpty()) {
                problems.addAll(tetragon(objects, daemonSet, where, hostWires, tetragonWires));
            }
        }
        return problems;
    }

    static List<String> falco(ConfigMap config, String where, String deploymentId, List<String> wires,
                              Optional<ConfigMap> rules) {
        String text = config.getData() == null ? null : config.getData().get("falco.yaml");
        if (text == null) {
            return List.of();
        }
        JsonNode falco;
        try {
            falco = YAML.readTree(text);
        } catch (JacksonException e) {
            return List.of("Falco " + where + ": its falco.yaml does not read, so its settings cannot be checked");
        }
        List<String> problems = new ArrayList<>();
        String blinds = " (blind: " + String.join(", ", wires) + "; apply falco-values.yaml)";
        if (falco == null || !falco.path("json_output").asBoolean(false)) {
            problems.add("Falco " + where + " prints plain text (json_output is not true)" + blinds);
        }
        List<String> extra = new ArrayList<>();
        if (falco != null) {
            falco.path("append_output").forEach(e -> e.path("extra_fields").forEach(f -> extra.add(f.asText())));
        }
        if (!extra.contains("k8s.ns.name")) {
            problems.add("Falco " + where + " does not append k8s.ns.name to its alerts (append_output)" + blinds);
        }
        String file = SensorSettings.falcoRulesFile(deploymentId);
        if (rules.isPresent() && (rules.get().getData() == null || !rules.get().getData().containsKey(file))) {
            problems.add("Falco " + where + " does not load the plan's rules " + file + " (customRules)" + blinds);
        }
        return problems;
    }

    private static List<String> tetragon(ClusterObjects objects, DaemonSet daemonSet, String where,
                                         List<String> hostWires, List<String> wires) {
        List<String> problems = new ArrayList<>();
        List<Container> containers = daemonSet.getSpec() == null || daemonSet.getSpec().getTemplate() == null
                || daemonSet.getSpec().getTemplate().getSpec() == null ? List.of()
                : daemonSet.getSpec().getTemplate().getSpec().getContainers();
        if (containers.stream().noneMatch(c -> "export-stdout".equals(c.getName()))) {
            problems.add("Tetragon " + where + " has no export-stdout container: its events reach no one (blind: "
                    + String.join(", ", wires) + "; apply tetragon-values.yaml)");
        }
        Optional<Map<String, String>> config = configMap(objects, daemonSet, tetragonConfigMap(daemonSet))
                .map(ConfigMap::getData);
        // the keys are the agent's flags (cilium/tetragon pkg/option/flags.go: KeyExportDenylist,
        // KeyExportAllowlist), which the chart's tetragon_configmap.yaml fills from tetragon.exportDenyList
        // and tetragon.exportAllowList
        config.map(d -> d.get("export-denylist")).filter(deny -> !hostWires.isEmpty() && dropsHost(deny))
                .ifPresent(deny -> problems.add("Tetragon " + where + " drops host events (export-denylist has the"
                        + " namespace \"\") (blind: " + String.join(", ", hostWires) + "; apply tetragon-values.yaml)"));
        config.map(d -> d.get("export-allowlist")).filter(allow -> !allowsKprobes(allow))
                .ifPresent(allow -> problems.add("Tetragon " + where + " exports no kprobe events (export-allowlist"
                        + " names event_sets without PROCESS_KPROBE) (blind: " + String.join(", ", wires)
                        + "; add PROCESS_KPROBE to tetragon.exportAllowList)"));
        return problems;
    }

    /**
     * The agent's ConfigMap: the one the DaemonSet mounts as its {@code tetragon-config} volume
     * (the chart's daemonset.yaml), else the chart's name for it, the release name and {@code -config}.
     */
    static String tetragonConfigMap(DaemonSet daemonSet) {
        List<Volume> volumes = daemonSet.getSpec() == null || daemonSet.getSpec().getTemplate() == null
                || daemonSet.getSpec().getTemplate().getSpec() == null ? List.of()
                : daemonSet.getSpec().getTemplate().getSpec().getVolumes();
        return volumes.stream().filter(v -> "tetragon-config".equals(v.getName()) && v.getConfigMap() != null)
                .map(v -> v.getConfigMap().getName()).findFirst()
                .orElse(daemonSet.getMetadata().getName() + "-config");
    }

    /**
     * Whether an export allow list lets kprobe events out. Its lines are alternatives (an event
     * passes when one line matches; an empty list passes all: cilium/tetragon pkg/filters), so a
     * line without {@code event_set}, or whose {@code event_set} names PROCESS_KPROBE, lets them out.
     */
    static boolean allowsKprobes(String allowList) {
        boolean anyFilter = false;
        for (String line : allowList.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode filter = new ObjectMapper().readTree(line);
                anyFilter = true;
                JsonNode sets = filter.path("event_set");
                if (!sets.isArray()) {
                    return true;
                }
                for (JsonNode set : sets) {
                    if ("PROCESS_KPROBE".equals(set.asText())) {
                        return true;
                    }
                }
            } catch (JacksonException e) {
                return true; // the agent refuses such a list at start: nothing this check can tell
            }
        }
        return !anyFilter;
    }

    /** Whether a Tetragon deny list (one JSON filter a line) drops events of the host (namespace ""). */
    static boolean dropsHost(String denyList) {
        for (String line : denyList.split("\n")) {
            try {
                JsonNode filter = new ObjectMapper().readTree(line.strip().isEmpty() ? "{}" : line);
                for (JsonNode namespace : filter.path("namespace")) {
                    if (namespace.asText().isEmpty() && filter.size() == 1) {
                        return true;
                    }
                }
            } catch (JacksonException e) {
                // a line that is not JSON filters nothing Tetragon would accept either
            }
        }
        return false;
    }

    private static Optional<ConfigMap> configMap(ClusterObjects objects, DaemonSet daemonSet, String name) {
        try {
            return Optional.ofNullable(objects.session().client().configMaps()
                    .inNamespace(daemonSet.getMetadata().getNamespace()).withName(name).get());
        } catch (RuntimeException e) {
            return Optional.empty(); // not allowed to read it: nothing to tell
        }
    }

    private static List<String> ids(List<TripwireEntry> entries, TripwireKind kind, boolean hostOnly) {
        return entries.stream().filter(e -> e.kind() == kind)
                .filter(e -> !hostOnly || e.matcher() instanceof TetragonMatcher m && m.hostToo())
                .map(TripwireEntry::tripwireId).toList();
    }
}
