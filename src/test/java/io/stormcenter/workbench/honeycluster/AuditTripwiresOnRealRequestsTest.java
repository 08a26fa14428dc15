package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit trip-wires on the requests the API server really logs: denied, impersonated, across namespaces, both exec protocols. */
class AuditTripwiresOnRealRequestsTest {

    private static final String NS = "payments-prod";

    private static HoneyclusterPlan plan(io.stormcenter.workbench.model.Tripwire... tripwires) throws Exception {
        AttackTree tree = AttackTree.single("a", "a", Node.attack("step", "s").withTripwires(List.of(tripwires)));
        return new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(3).withNamespace(NS));
    }

    private static List<TripwireHit> match(HoneyclusterPlan plan, com.fasterxml.jackson.databind.node.ObjectNode event) {
        List<SensorEvent> events = List.copyOf(new AuditEventReader().readAll(RealEvents.lines(List.of(event))).values());
        assertThat(events).hasSize(1);
        return plan.index().match(events.get(0));
    }

    @Test
    void a_refused_exec_is_kept_as_a_denied_attempt() throws Exception {
        HoneyclusterPlan plan = plan(DemoTree.tw("tw-exec", TripwireKind.AUDIT, "verbs", "create", "resource", "pods",
                "subresource", "exec"));

        var denied = RealEvents.audit("create", "pods", "exec", NS, "orders-api", "mallory", "ResponseComplete", 403);

        assertThat(match(plan, denied)).extracting(TripwireHit::outcome).containsExactly(MatchOutcome.DENIED);
    }

    @Test
    void an_exec_counts_once_whatever_the_protocol_and_its_stream_end_is_not_a_second_one() throws Exception {
        HoneyclusterPlan plan = plan(DemoTree.tw("tw-exec", TripwireKind.AUDIT, "verbs", "create", "resource", "pods",
                "subresource", "exec"));

        var webSocket = RealEvents.audit("get", "pods", "exec", NS, "orders-api", "mallory", "ResponseStarted", 101);
        var spdy = RealEvents.audit("create", "pods", "exec", NS, "orders-api", "mallory", "ResponseStarted", 101);
        var streamEnd = RealEvents.audit("get", "pods", "exec", NS, "orders-api", "mallory", "ResponseComplete", 101);

        assertThat(match(plan, webSocket)).extracting(TripwireHit::outcome).containsExactly(MatchOutcome.HIT);
        assertThat(match(plan, spdy)).extracting(TripwireHit::outcome).containsExactly(MatchOutcome.HIT);
        assertThat(match(plan, streamEnd)).isEmpty();
    }

    @Test
    void impersonating_the_kubelet_is_not_the_kubelet_and_either_identity_matches_a_user() throws Exception {
        HoneyclusterPlan plan = plan(
                DemoTree.tw("tw-token", TripwireKind.HONEYTOKEN, "secret", "aws-prod-deployer", "flavor", "aws"),
                DemoTree.tw("tw-mallory", TripwireKind.AUDIT, "verbs", "get", "resource", "secrets", "user", "mallory"),
                DemoTree.tw("tw-node", TripwireKind.AUDIT, "verbs", "get", "resource", "secrets", "user", "system:node:*"));

        var asKubelet = RealEvents.impersonating(
                RealEvents.audit("get", "secrets", null, NS, "aws-prod-deployer", "mallory", "ResponseComplete", 200),
                "system:node:worker-1");
        var realKubelet = RealEvents.audit("get", "secrets", null, NS, "aws-prod-deployer", "system:node:worker-1",
                "ResponseComplete", 200);

        assertThat(match(plan, asKubelet)).extracting(TripwireHit::tripwireId, TripwireHit::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tw-token", MatchOutcome.HIT),
                org.assertj.core.groups.Tuple.tuple("tw-mallory", MatchOutcome.HIT),
                org.assertj.core.groups.Tuple.tuple("tw-node", MatchOutcome.HIT));
        assertThat(match(plan, realKubelet)).allSatisfy(h -> assertThat(h.outcome()).isEqualTo(MatchOutcome.EXCLUDED));
    }

    @Test
    void a_list_of_secrets_across_all_namespaces_is_logged_and_reads_the_honeytoken() throws Exception {
        HoneyclusterPlan plan = plan(DemoTree.tw("tw-token", TripwireKind.HONEYTOKEN, "secret", "aws-prod-deployer",
                "flavor", "aws"));

        var allNamespaces = RealEvents.audit("list", "secrets", null, null, null, "mallory", "ResponseComplete", 200);

        assertThat(match(plan, allNamespaces)).extracting(TripwireHit::outcome).containsExactly(MatchOutcome.HIT);
        assertThat(policyRules(plan)).anySatisfy(rule -> {
            assertThat(rule.get("namespaces")).isEqualTo(List.of(""));
            assertThat(rule.get("verbs")).isEqualTo(List.of("list", "watch"));
            assertThat(rule.get("resources")).isEqualTo(List.of(Map.of("group", "", "resources", List.of("secrets"))));
        });
    }

    @Test
    void a_resource_outside_the_core_groups_gets_its_own_rule_with_its_verbs_not_every_cluster_wide_create() throws Exception {
        HoneyclusterPlan plan = plan(
                DemoTree.tw("tw-review", TripwireKind.AUDIT, "verbs", "create", "resource", "tokenreviews"),
                DemoTree.tw("tw-widget", TripwireKind.AUDIT, "verbs", "delete", "resource", "widgets.example.com",
                        "namespace", "*"));

        assertThat(policyRules(plan)).anySatisfy(rule -> {
            assertThat(rule.get("verbs")).isEqualTo(List.of("create"));
            assertThat(rule.get("resources")).isEqualTo(List.of(Map.of("group", "authentication.k8s.io",
                    "resources", List.of("tokenreviews"))));
        }).anySatisfy(rule -> assertThat(rule.get("resources")).isEqualTo(List.of(Map.of("group", "example.com",
                "resources", List.of("widgets"))))).allSatisfy(rule -> {
                    if (rule.containsKey("verbs") && !rule.containsKey("resources")) {
                        assertThat(rule.get("users")).as("a rule without resources is a canary's").isNotNull();
                    }
                });
        var widgetDeleted = RealEvents.audit("delete", "widgets", null, "team-a", "w1", "mallory", "ResponseComplete", 200);
        assertThat(match(plan, widgetDeleted)).extracting(TripwireHit::tripwireId).containsExactly("tw-widget");
    }

    @Test
    void a_bare_resource_the_policy_cannot_name_is_a_warning() {
        AttackTree tree = AttackTree.single("a", "a", Node.attack("step", "s").withTripwires(List.of(
                DemoTree.tw("tw-gadget", TripwireKind.AUDIT, "verbs", "create", "resource", "gadgets", "namespace", "*"))));

        assertThat(new HoneyclusterCompiler().check(tree, CompileOptions.seeded(1))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("gadgets", "API group"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> policyRules(HoneyclusterPlan plan) throws Exception {
        Map<String, Object> policy = new ObjectMapper(new YAMLFactory()).readValue(
                plan.files().get(OperatorFiles.AUDIT_POLICY), Map.class);
        return (List<Map<String, Object>>) policy.get("rules");
    }
}
