package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.sensor.Fixtures;
import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.KubescapeAlertReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kubescape trip-wire kind: catalogue, compiled binding and Helm values, and matching real alert shapes. */
class KubescapeTripwireTest {

    private static final String NS = "ksc-kubecon-2024"; // the namespace of the recorded alerts
    private static HoneyclusterPlan plan;
    private static List<KubescapeAlert> alerts;

    @BeforeAll
    static void compile() throws Exception {
        AttackTree tree = DemoTree.tree();
        tree = tree.withNode(tree.node("use-k8s-client").withTripwires(List.of(
                DemoTree.tw("tw-ks-curl", TripwireKind.KUBESCAPE, "rule", "R0001", "exec", "/usr/bin/curl"))));
        tree = tree.withNode(tree.node("read-sa-token").withTripwires(List.of(
                DemoTree.tw("tw-ks-token", TripwireKind.KUBESCAPE, "rule", "R0006"),
                DemoTree.tw("tw-ks-token-file", TripwireKind.KUBESCAPE, "rule", "R0002",
                        "path", "/run/secrets/kubernetes.io/serviceaccount/*"))));
        plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(42).withNamespace(NS));
        KubescapeAlertReader reader = new KubescapeAlertReader();
        alerts = Fixtures.text("kubescape-alerts.jsonl").lines().filter(KubescapeAlertReader::looksLikeAlert)
                .map(reader::read).toList();
    }

    private static List<String> fired(KubescapeAlert alert) {
        return plan.index().match(alert).stream().filter(h -> h.outcome().fired()).map(TripwireHit::tripwireId).toList();
    }

    @Test
    void an_unexpected_curl_in_the_bait_fires_the_process_trip_wire() {
        assertThat(fired(alerts.get(0))).containsExactly("tw-ks-curl");
    }

    @Test
    void an_unexpected_token_read_fires_the_token_rule() {
        assertThat(fired(alerts.get(1))).containsExactly("tw-ks-token");
    }

    @Test
    void a_library_load_outside_the_trip_wires_path_fires_nothing() {
        assertThat(alerts.get(2).ruleId()).isEqualTo("R0002");
        assertThat(fired(alerts.get(2))).isEmpty();
    }

    @Test
    void the_same_rule_in_another_namespace_fires_nothing() {
        assertThat(alerts.get(3).namespace()).isEqualTo("shop");
        assertThat(fired(alerts.get(3))).isEmpty();
    }

    @Test
    void another_executable_under_the_same_rule_fires_nothing() {
        KubescapeMatcher matcher = new KubescapeMatcher("R0001", "/usr/bin/curl", null, NS);
        KubescapeMatcher anyProcess = new KubescapeMatcher("R0001", null, null, NS);
        KubescapeAlert apt = new KubescapeAlert("R0001", null, alerts.get(0).time(), null, NS, null, null, null, null,
                null, null, null, null, Map.of("exec", "/usr/bin/apt"), List.of(), null);

        assertThat(matcher.match(apt)).isEqualTo(MatchOutcome.MISS);
        assertThat(anyProcess.match(apt)).isEqualTo(MatchOutcome.HIT);
    }

    @Test
    void the_plan_binds_exactly_the_trip_wires_rules_to_the_honey_namespace() {
        GenericKubernetesResource binding = (GenericKubernetesResource) plan.objects().stream()
                .filter(o -> o.getKind().equals("RuntimeRuleAlertBinding")).findFirst().orElseThrow();

        assertThat(binding.getApiVersion()).isEqualTo("kubescape.io/v1");
        assertThat(binding.getMetadata().getNamespace()).isNull();
        // cluster-wide, so anyone who escapes the namespace may list it: an ordinary name, unique to the deployment
        assertThat(binding.getMetadata().getName()).matches("[a-z]+-runtime-rules-[0-9a-f]{6}")
                .doesNotContain(plan.deploymentId());
        String yaml = PlanWriter.yaml(binding);
        assertThat(yaml).contains("kubernetes.io/metadata.name: \"" + NS + "\"")
                .contains("ruleID: \"R0001\"").contains("ruleID: \"R0002\"").contains("ruleID: \"R0006\"")
                .contains("includePrefixes:\n      - \"/run/secrets/kubernetes.io/serviceaccount/\"");
        assertThat(plan.index().entry("tw-ks-curl").orElseThrow().objects())
                .containsExactly(HoneyclusterPlan.key(binding));
    }

    @Test
    void the_plan_ships_helm_values_with_runtime_detection_and_the_stdout_exporter() {
        String values = plan.files().get(KubescapeSettings.VALUES_FILE);

        assertThat(values).contains("runtimeDetection: enable").contains("stdoutExporter: true")
                .contains("helm upgrade --install kubescape kubescape/kubescape-operator");
        assertThat(new PlanWriter().render(plan).get("README.md")).contains("## Kubescape");
    }

    @Test
    void a_plan_without_kubescape_trip_wires_ships_neither_binding_nor_values() throws Exception {
        HoneyclusterPlan demo = new HoneyclusterCompiler().compile(DemoTree.tree(), CompileOptions.seeded(42));

        assertThat(demo.objects()).extracting(HasMetadata::getKind).doesNotContain("RuntimeRuleAlertBinding");
        assertThat(demo.files()).doesNotContainKey(KubescapeSettings.VALUES_FILE);
    }

    @Test
    void the_catalogue_refuses_a_rule_name_instead_of_an_id_and_relative_paths() {
        Tripwire bad = new Tripwire("tw-x", TripwireKind.KUBESCAPE,
                Map.of("rule", "Unexpected process launched", "exec", "bin/sh", "path", "etc/passwd"));

        List<Problem> problems = new TripwireCatalogue().parse("n", bad).problems();

        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder(
                "tripwires[tw-x].params.rule", "tripwires[tw-x].params.exec", "tripwires[tw-x].params.path");
        assertThat(problems.get(0).message()).contains("a Kubescape rule id such as 'R0001'");
    }

    @Test
    void process_steps_are_offered_a_kubescape_trip_wire() {
        AttackTree tree = new AttackTree("t", "", "", "r", List.of(
                Node.attack("r", "r").withChildren(List.of("shell")),
                Node.attack("shell", "run a shell").withTechniques(List.of("T1059"))));

        List<Suggestion> offered = new TripwireSuggestions().forLeaf(tree, "shell");

        assertThat(offered).extracting(s -> s.tripwire().kind()).contains(TripwireKind.KUBESCAPE);
        assertThat(offered).filteredOn(s -> s.tripwire().kind() == TripwireKind.KUBESCAPE)
                .extracting(s -> s.tripwire().param("rule")).containsExactly("R0001");
    }
}
