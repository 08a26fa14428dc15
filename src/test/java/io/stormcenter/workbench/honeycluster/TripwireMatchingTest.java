package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.FalcoAlertReader;
import io.stormcenter.workbench.sensor.KubernetesEventReader;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo plan's index against events in the sensors' real formats: hits and near-misses. */
class TripwireMatchingTest {

    private static final String NS = "orders-live";
    private static HoneyclusterPlan plan;

    @BeforeAll
    static void compile() throws Exception {
        plan = new HoneyclusterCompiler().compile(DemoTree.tree(),
                CompileOptions.seeded(42).withNamespace(NS).withWorkbenchIdentities(List.of("ksc-workbench-status")));
    }

    private static List<TripwireHit> hits(SensorEvent event) {
        return plan.index().match(event);
    }

    private static SensorEvent audit(String stage, String verb, String user, String resource, String subresource,
                                     String namespace, String name, int code) {
        String json = "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"a1\","
                + "\"stage\":\"" + stage + "\",\"verb\":\"" + verb + "\",\"user\":{\"username\":\"" + user + "\"},"
                + "\"objectRef\":{\"resource\":\"" + resource + "\""
                + (subresource == null ? "" : ",\"subresource\":\"" + subresource + "\"")
                + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"")
                + (name == null ? "" : ",\"name\":\"" + name + "\"")
                + "},\"responseStatus\":{\"code\":" + code + "}}";
        return new AuditEventReader().read(json);
    }

    @Test
    void reading_the_honeytoken_fires_it_and_so_does_listing_the_secrets() {
        assertThat(hits(audit("ResponseComplete", "get", "mallory", "secrets", null, NS, "aws-billing-export", 200)))
                .extracting(TripwireHit::tripwireId, TripwireHit::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tw-aws", MatchOutcome.HIT));
        assertThat(hits(audit("ResponseComplete", "list", "mallory", "secrets", null, NS, null, 200)))
                .extracting(TripwireHit::tripwireId).containsExactlyInAnyOrder("tw-aws", "tw-list-secrets");
    }

    @Test
    void near_misses_of_the_honeytoken_do_not_fire() {
        // another secret, another namespace, a stage that is not counted, a create instead of a read
        assertThat(hits(audit("ResponseComplete", "get", "mallory", "secrets", null, NS, "other", 200))).isEmpty();
        assertThat(hits(audit("ResponseComplete", "get", "mallory", "secrets", null, "default", "aws-billing-export", 200))).isEmpty();
        assertThat(hits(audit("RequestReceived", "get", "mallory", "secrets", null, NS, "aws-billing-export", 200))).isEmpty();
        assertThat(hits(audit("ResponseComplete", "delete", "mallory", "secrets", null, NS, "aws-billing-export", 200))).isEmpty();
    }

    @Test
    void the_kubelet_mounting_the_honeytoken_and_the_workbench_itself_are_excluded_visibly() {
        assertThat(hits(audit("ResponseComplete", "get", "system:node:worker-1", "secrets", null, NS, "aws-billing-export", 200)))
                .singleElement().satisfies(h -> assertThat(h.outcome()).isEqualTo(MatchOutcome.EXCLUDED));
        assertThat(hits(audit("ResponseComplete", "get", "ksc-workbench-status", "secrets", null, NS, "aws-billing-export", 200)))
                .singleElement().satisfies(h -> assertThat(h.outcome().fired()).isFalse());
        assertThat(plan.excludedIdentities()).contains("system:node:*", "system:kube-controller-manager",
                "system:serviceaccount:kube-system:*", "ksc-workbench-status");
    }

    @Test
    void a_forbidden_hostpath_volume_by_the_canary_is_a_denied_attempt_of_both_trip_wires() {
        SensorEvent pv = audit("ResponseComplete", "create", "system:serviceaccount:" + NS + ":ci-deployer",
                "persistentvolumes", null, null, "var-log", 403);

        assertThat(hits(pv)).extracting(TripwireHit::tripwireId, TripwireHit::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tw-canary", MatchOutcome.DENIED),
                org.assertj.core.groups.Tuple.tuple("tw-pv-create", MatchOutcome.DENIED));
    }

    @Test
    void exec_into_the_bait_counts_at_response_started_only() {
        String bait = plan.objects().stream().filter(o -> o.getKind().equals("Pod")).findFirst().orElseThrow()
                .getMetadata().getName();
        assertThat(hits(audit("ResponseStarted", "create", "mallory", "pods", "exec", NS, bait, 101)))
                .extracting(TripwireHit::tripwireId).containsExactly("tw-ssh");
        assertThat(hits(audit("ResponseComplete", "create", "mallory", "pods", "exec", NS, bait, 101))).isEmpty();
        assertThat(hits(audit("ResponseStarted", "create", "mallory", "pods", "exec", NS, "other-pod", 101))).isEmpty();
    }

    @Test
    void kubectl_logs_fires_the_logs_trip_wire_and_not_a_plain_pod_get() {
        assertThat(hits(audit("ResponseComplete", "get", "mallory", "pods", "log", NS, "ssh-proxy", 200)))
                .extracting(TripwireHit::tripwireId).containsExactly("tw-logs");
        assertThat(hits(audit("ResponseComplete", "get", "mallory", "pods", null, NS, "ssh-proxy", 200))).isEmpty();
    }

    @Test
    void falco_alerts_fire_by_rule_in_the_honey_namespace_only() {
        FalcoAlertReader reader = new FalcoAlertReader();
        String hit = "{\"time\":\"2026-11-20T09:17:42.1Z\",\"rule\":\"Terminal shell in container\",\"priority\":\"Notice\","
                + "\"output_fields\":{\"k8s.ns.name\":\"" + NS + "\",\"k8s.pod.name\":\"ssh-proxy\"},\"uuid\":\"u1\"}";
        String otherNamespace = hit.replace(NS, "prod");
        String noNamespace = "{\"time\":\"2026-11-20T09:17:42.1Z\",\"rule\":\"Terminal shell in container\",\"output_fields\":{}}";
        String otherRule = hit.replace("Terminal shell in container", "Read sensitive file untrusted");

        assertThat(hits(reader.read(hit))).extracting(TripwireHit::tripwireId).containsExactly("tw-terminal");
        assertThat(hits(reader.read(otherNamespace))).isEmpty();
        assertThat(hits(reader.read(noNamespace))).isEmpty();
        assertThat(hits(reader.read(otherRule))).isEmpty();
        assertThat(hits(reader.read(hit.replace("Terminal shell in container", "KSC reverse shell from bait"))))
                .extracting(TripwireHit::tripwireId).containsExactly("tw-reverse");
    }

    private static String kprobe(String policy, String function, String namespace, String arg) {
        String pod = namespace == null ? "" : ",\"pod\":{\"namespace\":\"" + namespace + "\",\"name\":\"ssh-proxy\"}";
        return "{\"process\":{\"exec_id\":\"e1\",\"pid\":1,\"binary\":\"/bin/x\"" + pod + "},\"function_name\":\"" + function
                + "\",\"args\":[" + arg + "],\"action\":\"KPROBE_ACTION_POST\",\"policy_name\":\"" + policy + "\"}";
    }

    private static SensorEvent raw(String body) {
        return new TetragonEventReader().read("{\"process_kprobe\":" + body + ",\"node_name\":\"w1\",\"time\":\"2026-11-20T09:00:00Z\"}");
    }

    private static SensorEvent wrapped(String body) {
        return new TetragonEventReader().read("{\"time\":\"2026-11-20T09:00:00Z\",\"node_name\":\"w1\",\"type\":\"process_kprobe\",\"payload\":" + body + "}");
    }

    @Test
    void tetragon_events_fire_by_policy_namespace_function_and_argument_in_both_shapes() {
        String tokenRead = kprobe("ksc-tw-sa-read", "security_file_permission", NS,
                "{\"file_arg\":{\"path\":\"/run/secrets/kubernetes.io/serviceaccount/..data/token\"}},{\"int_arg\":4}");
        String apiCall = kprobe("ksc-tw-api-connect", "tcp_connect", NS, "{\"sock_arg\":{\"daddr\":\"10.43.0.1\",\"dport\":443}}");
        String nsenter = kprobe("ksc-tw-symlink", "__x64_sys_symlinkat", NS,
                "{\"string_arg\":\"/etc/kubernetes/pki/apiserver.key\"},{\"int_arg\":-100},{\"string_arg\":\"/var/log/x.log\"}");

        for (SensorEvent event : List.of(raw(tokenRead), wrapped(tokenRead))) {
            assertThat(hits(event)).extracting(TripwireHit::tripwireId, TripwireHit::nodeId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("tw-sa-read", "read-sa-token"));
        }
        assertThat(hits(wrapped(apiCall))).extracting(TripwireHit::tripwireId).containsExactly("tw-api-connect");
        assertThat(hits(raw(nsenter))).extracting(TripwireHit::tripwireId).containsExactly("tw-symlink");
    }

    @Test
    void tetragon_near_misses_do_not_fire() {
        String otherNamespace = kprobe("ksc-tw-sa-read", "security_file_permission", "cattle-system",
                "{\"file_arg\":{\"path\":\"/run/secrets/kubernetes.io/serviceaccount/token\"}}");
        String otherPath = kprobe("ksc-tw-sa-read", "security_file_permission", NS, "{\"file_arg\":{\"path\":\"/etc/passwd\"}}");
        String otherAddress = kprobe("ksc-tw-api-connect", "tcp_connect", NS, "{\"sock_arg\":{\"daddr\":\"1.1.1.1\"}}");
        String otherPolicyOtherFile = kprobe("enumerate-service-account", "security_file_permission", NS,
                "{\"file_arg\":{\"path\":\"/etc/hostname\"}}");
        String hostProcess = kprobe("ksc-tw-sa-read", "security_file_permission", null,
                "{\"file_arg\":{\"path\":\"/run/secrets/kubernetes.io/serviceaccount/token\"}}");

        for (String body : List.of(otherNamespace, otherPath, otherAddress, otherPolicyOtherFile, hostProcess)) {
            assertThat(hits(raw(body))).as(body).isEmpty();
        }
    }

    @Test
    void a_cluster_wide_policy_also_sees_host_processes_like_the_kubelet() {
        String kubeletRead = kprobe("ksc-tw-key-read", "security_file_permission", null,
                "{\"file_arg\":{\"path\":\"/etc/kubernetes/pki/apiserver.key\"}}");

        assertThat(hits(wrapped(kubeletRead))).extracting(TripwireHit::tripwireId).containsExactly("tw-key-read");
    }

    @Test
    void kubernetes_events_fire_by_reason_and_object_in_the_honey_namespace() throws Exception {
        HoneyclusterPlan withEvent = new HoneyclusterCompiler().compile(new AttackTree(
                "ev", "", "", "r", List.of(Node.attack("r", "r").withTripwires(List.of(
                        DemoTree.tw("tw-crash", TripwireKind.K8S_EVENT,
                                "reason", "BackOff", "kind", "Pod", "name", "ssh-*"))))), CompileOptions.seeded(1).withNamespace("orders-ev"));
        KubernetesEventReader reader = new KubernetesEventReader();
        String event = "{\"kind\":\"Event\",\"apiVersion\":\"v1\",\"metadata\":{\"namespace\":\"orders-ev\"},\"reason\":\"BackOff\","
                + "\"involvedObject\":{\"kind\":\"Pod\",\"name\":\"ssh-proxy\",\"namespace\":\"orders-ev\"}}";

        assertThat(withEvent.index().match(reader.read(event))).extracting(TripwireHit::tripwireId).containsExactly("tw-crash");
        assertThat(withEvent.index().match(reader.read(event.replace("BackOff", "Pulled")))).isEmpty();
        assertThat(withEvent.index().match(reader.read(event.replace("\"Pod\"", "\"Deployment\"")))).isEmpty();
        assertThat(withEvent.index().match(reader.read(event.replace("orders-ev", "default")))).isEmpty();
    }
}
