package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.RealEvents.Pod;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The KSC demo of KubeCon EU 2024, replayed: each of its recorded TracingPolicies
 * ({@code ../shared/fixtures/ksc-honeycluster/traces/}) reports, under its own name, the event its
 * selector lets through when the attacker takes that step, in the KSC/Vector shape with the
 * arguments deleted as that pipeline does; with the audit events of the steps no trace watches,
 * they light the KubeCon sample's whole path through the logs.
 */
class KscTracesLightTheKubeconPathTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String RESOLVED_TOKEN =
            "/run/secrets/kubernetes.io/serviceaccount/..2024_05_30_15_39_47.3115319183/token";

    /** Which step of the demo each recorded policy watches (the demo's README). */
    private static final Map<String, String> STEP_OF_POLICY = Map.of(
            "successful-ssh-connections", "ssh-bait", "ssh-spawn-bash", "ssh-bait", "ssh-close", "ssh-bait",
            "enumerate-service-account", "read-sa-token", "k8s-api-calls", "client-in-image",
            "enumerate-util", "client-in-image", "detect-scp-usage", "upload-kubectl",
            "detect-k8sapi-invoke", "client-in-image", "detect-symlinkat", "symlink-key",
            "detect-sensitive-file-access", "kubectl-logs");

    @Test
    void the_demos_recorded_traces_light_every_step_of_the_path_through_the_logs() throws Exception {
        // given the KubeCon sample deployed, and the events the demo's own policies report
        AttackTree tree = TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
        HoneyclusterPlan plan = EveryTripwireFiresOnRealEventsTest.plan(tree);
        Pod bait = EveryTripwireFiresOnRealEventsTest.baitPod(plan);
        Map<String, List<ObjectNode>> byPolicy = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SharedFixtures.folder("ksc-honeycluster/traces"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode policy = YAML.readTree(Files.readString(file));
                byPolicy.put(policy.path("metadata").path("name").asText(), events(policy, bait));
            }
        }
        assertThat(byPolicy.keySet()).containsExactlyInAnyOrderElementsOf(STEP_OF_POLICY.keySet());

        // when each is read as the pipeline delivers it and matched
        Map<String, Set<String>> lit = new LinkedHashMap<>();
        TetragonEventReader reader = new TetragonEventReader();
        byPolicy.forEach((policy, events) -> {
            Set<String> nodes = new TreeSet<>();
            for (SensorEvent event : reader.readAll(RealEvents.lines(events)).values()) {
                plan.index().match(event).stream().filter(h -> h.outcome().fired()).forEach(h -> nodes.add(h.nodeId()));
            }
            lit.put(policy, nodes);
        });
        // the steps no trace watches: the canary creates the hostPath volume, then asks for the logs
        String canary = EveryTripwireFiresOnRealEventsTest.canaryUser("ksc-bait-reader");
        List<ObjectNode> audit = List.of(
                RealEvents.audit("create", "persistentvolumes", null, null, "var-log", canary, "ResponseComplete", 201),
                RealEvents.audit("get", "pods", "log", EveryTripwireFiresOnRealEventsTest.NAMESPACE, "log-reader", canary,
                        "ResponseComplete", 200));
        Set<String> auditNodes = new TreeSet<>();
        new AuditEventReader().readAll(RealEvents.lines(audit)).values().forEach(e ->
                plan.index().match(e).stream().filter(h -> h.outcome().fired()).forEach(h -> auditNodes.add(h.nodeId())));

        // then every trace lights its own step, and no other
        STEP_OF_POLICY.forEach((policy, step) -> assertThat(lit.get(policy)).as(policy).containsExactly(step));
        Set<String> reached = new TreeSet<>(auditNodes);
        lit.values().forEach(reached::addAll);
        assertThat(reached).contains("ssh-bait", "read-sa-token", "client-in-image", "upload-kubectl", "hostpath-pv",
                "symlink-key", "kubectl-logs");
        for (String step : tree.node("via-logs").children()) {
            assertThat(tree.subtree(step)).as(step).anySatisfy(n -> assertThat(reached).contains(n.id()));
        }
    }

    /** What a recorded policy reports, in the KSC/Vector shape without args, one event per kprobe. */
    private static List<ObjectNode> events(JsonNode policy, Pod bait) {
        String name = policy.path("metadata").path("name").asText();
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode kprobe : policy.path("spec").path("kprobes")) {
            String call = kprobe.path("call").asText();
            String function = kprobe.path("syscall").asBoolean(false) ? "__x64_" + call : call;
            JsonNode selector = kprobe.path("selectors").path(0);
            List<ObjectNode> args = new ArrayList<>();
            boolean keyRead = false;
            for (JsonNode arg : kprobe.path("args")) {
                String value = argValue(selector, arg.path("index").asInt());
                String type = arg.path("type").asText();
                keyRead |= value != null && value.startsWith("/etc/kubernetes/pki") && type.equals("file");
                args.add(switch (type) {
                    case "file" -> RealEvents.fileArg(value);
                    case "sock" -> RealEvents.sockArg("10.42.0.17", value == null ? "203.0.113.7" : value, 443);
                    case "int" -> RealEvents.intArg(value == null ? 0 : Integer.parseInt(value));
                    default -> RealEvents.stringArg(value == null ? "/var/log/pods/app.log" : value);
                });
            }
            // The kubelet reads the symlinked key on the host when `kubectl logs` follows the link.
            Pod where = keyRead ? null : bait;
            ObjectNode raw = RealEvents.kprobe(function, where == null ? "/usr/bin/kubelet" : binary(selector), where,
                    args, name);
            out.add(RealEvents.wrappedWithoutArgs(raw, name));
        }
        return out;
    }

    private static String binary(JsonNode selector) {
        for (JsonNode match : selector.path("matchBinaries")) {
            if ("In".equals(match.path("operator").asText())) {
                return match.path("values").path(0).asText();
            }
        }
        return "/usr/bin/python3";
    }

    /** The value the selector lets through at an index, as the kernel reports it. */
    private static String argValue(JsonNode selector, int index) {
        for (JsonNode match : selector.path("matchArgs")) {
            if (match.path("index").asInt() == index) {
                String value = match.path("values").path(0).asText();
                if (value.startsWith("/run/secrets/kubernetes.io/serviceaccount")) {
                    return RESOLVED_TOKEN;
                }
                return value.endsWith("/") ? value + "api_client.py" : value;
            }
        }
        return null;
    }
}
