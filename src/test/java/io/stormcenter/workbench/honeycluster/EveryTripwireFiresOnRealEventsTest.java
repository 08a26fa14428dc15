package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.RealEvents.Pod;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.EventBatch;
import io.stormcenter.workbench.sensor.FalcoAlertReader;
import io.stormcenter.workbench.sensor.KubernetesEventReader;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.SensorEventReader;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every trip-wire of every sample model, fed the event its sensor really emits when the attack
 * step happens (through the sensor's reader, one event per line as the sensor writes them), fires;
 * and the events it must not take (the kubelet or the workbench reading what was deployed, a
 * process merely starting, the same act in another namespace) do not fire it.
 */
class EveryTripwireFiresOnRealEventsTest {

    static final String NAMESPACE = "payments-prod";
    static final String OPERATOR = "ops-automation";
    private static final String SA_TOKEN_RESOLVED =
            "/run/secrets/kubernetes.io/serviceaccount/..2024_05_30_15_39_47.3115319183/token";
    private static final List<String> SAMPLES = List.of("ksc-kubecon-2024", "container-escape", "cryptomining",
            "secret-theft");

    /** The events of one trip-wire: those it must take, those it must not. */
    record Events(String sensor, List<ObjectNode> firing, List<ObjectNode> quiet) {
    }

    static Stream<Arguments> tripwires() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String sample : SAMPLES) {
            AttackTree tree = TreeFiles.read(Path.of("sample-models", sample + ".json")).tree();
            for (Node node : tree.nodes()) {
                for (Tripwire tripwire : node.tripwires()) {
                    out.add(Arguments.of(sample, tripwire.id()));
                }
            }
        }
        return out.stream();
    }

    static HoneyclusterPlan plan(AttackTree tree) throws PlanRefusedException {
        return new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(2024).withNamespace(NAMESPACE)
                .withWorkbenchIdentities(List.of(OPERATOR)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tripwires")
    void the_real_event_of_the_step_fires_the_trip_wire_and_the_platforms_own_do_not(String sample, String tripwireId)
            throws Exception {
        // given the sample deployed, and what its sensor writes when the step happens or when it does not
        AttackTree tree = TreeFiles.read(Path.of("sample-models", sample + ".json")).tree();
        HoneyclusterPlan plan = plan(tree);
        Node node = tree.nodes().stream().filter(n -> n.tripwires().stream().anyMatch(t -> t.id().equals(tripwireId)))
                .findFirst().orElseThrow();
        Tripwire tripwire = node.tripwires().stream().filter(t -> t.id().equals(tripwireId)).findFirst().orElseThrow();
        TripwireParams params = new TripwireCatalogue().parse(node.id(), tripwire).params();
        List<Events> all = events(plan, plan.index().entry(tripwireId).orElseThrow(), params);

        for (Events events : all) {
            // when the sensor's file is read and each event matched
            List<SensorEvent> firing = read(events.sensor(), events.firing());
            List<SensorEvent> quiet = read(events.sensor(), events.quiet());

            // then
            assertThat(firing).hasSameSizeAs(events.firing());
            for (SensorEvent event : firing) {
                assertThat(plan.index().match(event)).as("%s fires on %s", tripwireId, event)
                        .anySatisfy(hit -> {
                            assertThat(hit.tripwireId()).isEqualTo(tripwireId);
                            assertThat(hit.outcome()).isEqualTo(MatchOutcome.HIT);
                        });
            }
            for (SensorEvent event : quiet) {
                assertThat(plan.index().match(event)).as("%s stays quiet on %s", tripwireId, event)
                        .noneSatisfy(hit -> {
                            assertThat(hit.tripwireId()).isEqualTo(tripwireId);
                            assertThat(hit.outcome().fired()).isTrue();
                        });
            }
        }
    }

    private static List<SensorEvent> read(String sensor, List<ObjectNode> events) {
        SensorEventReader<?> reader = switch (sensor) {
            case "audit" -> new AuditEventReader();
            case "tetragon" -> new TetragonEventReader();
            case "falco" -> new FalcoAlertReader();
            default -> new KubernetesEventReader();
        };
        EventBatch<?> batch = reader.readAll(RealEvents.lines(events));
        assertThat(batch.skipped()).isEmpty();
        return batch.values().stream().map(SensorEvent.class::cast).toList();
    }

    static List<Events> events(HoneyclusterPlan plan, TripwireEntry entry, TripwireParams params) {
        Pod bait = baitPod(plan);
        if (params instanceof TripwireParams.Honeytoken h) {
            return honeytoken(plan, entry, h, bait);
        }
        if (params instanceof TripwireParams.CanaryServiceAccount c) {
            return List.of(new Events("audit",
                    List.of(audit("list", "pods", null, NAMESPACE, null, canaryUser(c.name()))),
                    List.of(audit("list", "pods", null, NAMESPACE, null, "system:node:worker-1"))));
        }
        if (params instanceof TripwireParams.Audit a) {
            return List.of(auditEvents(a));
        }
        if (params instanceof TripwireParams.Falco f) {
            return List.of(falco(f));
        }
        if (params instanceof TripwireParams.Tetragon t) {
            return List.of(tetragon(plan, entry, t, bait));
        }
        if (params instanceof TripwireParams.Bait b) {
            return baitEvents(plan, entry, b);
        }
        if (params instanceof TripwireParams.KubernetesEventRule k) {
            String kind = k.kind() == null ? "Pod" : k.kind();
            String name = k.name() == null ? bait.name() : fill(k.name());
            return List.of(new Events("k8s", List.of(RealEvents.kubernetesEvent(k.reason(), kind, name, NAMESPACE)),
                    List.of(RealEvents.kubernetesEvent(k.reason(), kind, name, "default"))));
        }
        throw new IllegalArgumentException("no real events for " + params);
    }

    private static List<Events> honeytoken(HoneyclusterPlan plan, TripwireEntry entry, TripwireParams.Honeytoken h,
                                           Pod bait) {
        List<Events> out = new ArrayList<>();
        out.add(new Events("audit",
                List.of(audit("get", "secrets", null, NAMESPACE, h.secret(), "mallory"),
                        // kubectl get secrets -A: a list across all namespaces carries no namespace
                        audit("list", "secrets", null, null, null, "mallory")),
                List.of(audit("get", "secrets", null, NAMESPACE, h.secret(), "system:node:worker-1"),
                        audit("get", "secrets", null, NAMESPACE, h.secret(), OPERATOR),
                        audit("get", "secrets", null, NAMESPACE, "orders-db-readonly", "mallory"))));
        if (h.mountIn() != null) {
            String dir = h.path() != null ? h.path() : h.flavor().defaultMountPath();
            String file = dir + "/..2026_11_20_09_30_00.123456789/credentials";
            ObjectNode read = RealEvents.kprobe("security_file_permission", "/usr/bin/cat", bait,
                    List.of(RealEvents.fileArg(file), RealEvents.intArg(4)), policyOf(entry));
            out.add(new Events("tetragon", List.of(read, RealEvents.byPolicy(read, "operator-file-reads"),
                    RealEvents.wrappedWithoutArgs(read, policyOf(entry))),
                    List.of(RealEvents.exec(read), RealEvents.inPod(read, new Pod("default", "web", Map.of())),
                            RealEvents.withPath(read, "operator-file-reads", "/etc/hostname"))));
        }
        return out;
    }

    private static Events auditEvents(TripwireParams.Audit a) {
        String verb = a.verbs().contains("*") ? "get" : a.verbs().get(0);
        boolean streaming = a.subresource() != null && List.of("exec", "attach", "portforward").contains(a.subresource());
        if (streaming) {
            verb = "get"; // kubectl 1.30 and later exec over WebSocket
        }
        String resource = ApiResources.plural(a.resource());
        String namespace = ApiResources.clusterScoped(a.resource()) ? null
                : a.namespace() == null ? NAMESPACE : "*".equals(a.namespace()) ? "default" : a.namespace();
        String name = a.name() == null ? (streaming ? "orders-api" : null) : fill(a.name());
        String user = a.user() == null ? "mallory" : fill(a.user());
        String stage = streaming ? "ResponseStarted" : "ResponseComplete";
        int code = streaming ? 101 : verb.equals("create") ? 201 : 200;
        ObjectNode firing = RealEvents.audit(verb, resource, a.subresource(), namespace, name, user, stage, code);
        ObjectNode kubelet = RealEvents.audit(verb, resource, a.subresource(), namespace, name, "system:node:worker-1",
                stage, code);
        ObjectNode operator = RealEvents.audit(verb, resource, a.subresource(), namespace, name, OPERATOR, stage, code);
        return new Events("audit", List.of(firing), List.of(kubelet, operator));
    }

    private static Events falco(TripwireParams.Falco f) {
        String source = f.generated() ? FalcoRulesFile.source(f.condition()) : "syscall";
        return new Events("falco", List.of(RealEvents.falco(f.rule(), source, NAMESPACE)),
                List.of(RealEvents.falco(f.rule(), source, "default")));
    }

    private static Events tetragon(HoneyclusterPlan plan, TripwireEntry entry, TripwireParams.Tetragon t, Pod bait) {
        KprobeShape shape = KprobeShape.of(t.function());
        String function = shape.syscall() ? "__x64_" + t.function() : t.function();
        String binary = t.binary() != null ? TracingPolicies.split(t.binary()).get(0) : "/usr/bin/cat";
        List<ObjectNode> args = new ArrayList<>();
        for (int i = 0; i < shape.argTypes().size(); i++) {
            String type = shape.argTypes().get(i);
            if (i == shape.pathArg() && t.path() != null) {
                String path = kernelPath(TracingPolicies.split(t.path()).get(0), shape.pathResolved());
                args.add(type.equals("file") ? RealEvents.fileArg(path) : type.equals("path") ? RealEvents.pathArg(path)
                        : RealEvents.stringArg(path));
            } else if (i == shape.sockArg()) {
                String address = t.address() == null ? "203.0.113.7" : TracingPolicies.split(t.address()).get(0).replaceAll("/.*", "");
                args.add(RealEvents.sockArg("10.42.0.17", address, 443));
            } else if (type.equals("int")) {
                args.add(RealEvents.intArg(4));
            } else if (type.equals("string")) {
                args.add(RealEvents.stringArg("/var/log/pods/payments-prod_orders-api/app/0.log"));
            }
        }
        // A cluster-wide trip-wire without a binary is the kubelet's read on the host; with one, a process
        // that reached the host with nsenter, still attributed to its pod.
        Pod where = t.clusterWide() && t.binary() == null ? null : bait;
        String processBinary = where == null ? "/usr/bin/kubelet" : binary;
        ObjectNode raw = RealEvents.kprobe(function, processBinary, where, args, policyOf(entry));
        ObjectNode elsewhere = RealEvents.inPod(raw, new Pod(t.clusterWide() ? "kube-system" : "default", "web", Map.of()));
        String operatorPolicy = "operator-" + t.function().replace('_', '-');
        List<ObjectNode> firing = new ArrayList<>(List.of(raw, RealEvents.byPolicy(raw, operatorPolicy),
                RealEvents.wrappedWithoutArgs(raw, policyOf(entry))));
        List<ObjectNode> quiet = new ArrayList<>(List.of(elsewhere, RealEvents.exec(raw)));
        boolean argumentCondition = t.path() != null && shape.pathArg() >= 0 || t.address() != null && shape.sockArg() >= 0;
        if (argumentCondition) {
            // another policy's event without args cannot say which file or address it was
            quiet.add(RealEvents.wrappedWithoutArgs(raw, operatorPolicy));
        } else {
            firing.add(RealEvents.wrappedWithoutArgs(raw, operatorPolicy));
        }
        if (t.path() != null && shape.pathArg() >= 0) {
            quiet.add(RealEvents.withPath(raw, operatorPolicy, "/etc/hostname"));
        }
        return new Events("tetragon", firing, quiet);
    }

    private static List<Events> baitEvents(HoneyclusterPlan plan, TripwireEntry entry, TripwireParams.Bait b) {
        Pod pod = podOf(plan, entry);
        String binary = b.workload() == BaitWorkload.SSH ? "/usr/sbin/sshd" : "/usr/sbin/nginx";
        ObjectNode accept = RealEvents.kprobe("inet_csk_accept", binary, pod,
                List.of(RealEvents.sockArg("10.42.0.17", "203.0.113.7", 22)), policyOf(entry));
        return List.of(
                new Events("audit",
                        List.of(audit("get", "pods", "exec", NAMESPACE, pod.name(), "mallory", "ResponseStarted", 101),
                                audit("create", "pods", "exec", NAMESPACE, pod.name(), "mallory", "ResponseStarted", 101)),
                        List.of(audit("get", "pods", "exec", NAMESPACE, pod.name(), "mallory", "ResponseComplete", 101),
                                audit("create", "pods", "exec", NAMESPACE, pod.name(), "system:serviceaccount:kube-system:debugger",
                                        "ResponseStarted", 101))),
                new Events("tetragon", List.of(accept, RealEvents.wrappedWithoutArgs(accept, policyOf(entry))),
                        List.of(RealEvents.exec(accept),
                                RealEvents.kprobe("inet_csk_accept", binary, new Pod(NAMESPACE, "other", Map.of("app", "other")),
                                        List.of(RealEvents.sockArg("10.42.0.18", "203.0.113.7", 22)), "operator-accept"))));
    }

    private static ObjectNode audit(String verb, String resource, String sub, String ns, String name, String user) {
        return RealEvents.audit(verb, resource, sub, ns, name, user, "ResponseComplete", verb.equals("create") ? 201 : 200);
    }

    private static ObjectNode audit(String verb, String resource, String sub, String ns, String name, String user,
                                    String stage, int code) {
        return RealEvents.audit(verb, resource, sub, ns, name, user, stage, code);
    }

    static String canaryUser(String name) {
        return "system:serviceaccount:" + NAMESPACE + ":" + name;
    }

    /** A glob of the model made concrete the way the deployment makes it (service accounts in the honey namespace). */
    private static String fill(String glob) {
        return glob.replace("system:serviceaccount:*:", "system:serviceaccount:" + NAMESPACE + ":").replace("*", "prod");
    }

    /** The path as the kernel reports it for a resolved argument, or as typed for a string one. */
    static String kernelPath(String path, boolean resolved) {
        if (!resolved) {
            return path;
        }
        String p = path.startsWith("/var/run/") ? path.substring(4) : path;
        if (p.startsWith("/run/secrets/kubernetes.io/serviceaccount")) {
            return SA_TOKEN_RESOLVED;
        }
        return p.endsWith("/") ? p + (p.contains("pki") ? "apiserver.key" : "api_client.py") : p;
    }

    static String policyOf(TripwireEntry entry) {
        return entry.objects().stream().filter(o -> o.startsWith("TracingPolicy")).map(o -> o.substring(o.indexOf('/') + 1))
                .findFirst().orElseThrow();
    }

    /** The first bait's pod: where the attacker's processes run. */
    static Pod baitPod(HoneyclusterPlan plan) {
        return plan.index().entries().stream().filter(e -> e.kind() == TripwireKind.BAIT).findFirst()
                .map(e -> podOf(plan, e)).orElse(new Pod(NAMESPACE, "orders-api", Map.of("app", "orders-api")));
    }

    static Pod podOf(HoneyclusterPlan plan, TripwireEntry bait) {
        Map<String, String> labels = plan.objectsOf(bait.nodeId()).stream()
                .filter(o -> o instanceof io.fabric8.kubernetes.api.model.Service)
                .filter(o -> bait.objects().contains(HoneyclusterPlan.key(o)))
                .map(o -> ((io.fabric8.kubernetes.api.model.Service) o).getSpec().getSelector()).findFirst().orElseThrow();
        String name = bait.objects().stream().filter(o -> o.startsWith("Pod/") || o.startsWith("Deployment/"))
                .map(o -> o.startsWith("Pod/") ? o.substring(4) : o.substring("Deployment/".length()) + "-7d9f8b6c5d-x2x9q")
                .findFirst().orElseThrow();
        return new Pod(NAMESPACE, name, labels);
    }
}
