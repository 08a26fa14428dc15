package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The generated Falco files load under Falco's rule grammar: sources, fields per source, macros and lists. */
class FalcoRulesLoadTest {

    private final FalcoRuleGrammar grammar = new FalcoRuleGrammar();

    @Test
    void the_grammar_loads_falcos_own_stable_rules_so_its_field_table_is_falcos() throws Exception {
        String stable = Files.readString(SharedFixtures.file("falco-rules/falco_rules.yaml"));

        assertThat(grammar.check(stable)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ksc-kubecon-2024", "container-escape", "cryptomining", "secret-theft"})
    void every_samples_generated_falco_file_loads(String sample) throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models", sample + ".json")).tree();
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(7).withNamespace("payments-prod"));

        String file = plan.files().get(FalcoRulesFile.fileName(plan.deploymentId()));

        assertThat(grammar.check(file)).isEmpty();
        assertThat(rules(file)).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.get("source")).isEqualTo("syscall");
            assertThat((String) rule.get("condition")).endsWith(" and k8s.ns.name = \"payments-prod\"");
            for (String field : FalcoRulesFile.SYSCALL_FIELDS) {
                assertThat((String) rule.get("output")).contains("%" + field);
            }
        });
    }

    @Test
    void a_rule_on_audit_fields_is_an_audit_rule_and_loads() throws Exception {
        AttackTree tree = AttackTree.single("a", "a", Node.attack("step", "s").withTripwires(List.of(DemoTree.tw(
                "tw-secret-list", TripwireKind.FALCO, "rule", "Secrets listed", "priority", "WARNING",
                "condition", "ka.verb = list and ka.target.resource = secrets", "output", "secrets listed"))));
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1).withNamespace("payments-prod"));

        String file = plan.files().get(FalcoRulesFile.fileName(plan.deploymentId()));

        assertThat(rules(file)).singleElement().satisfies(rule -> {
            assertThat(rule.get("source")).isEqualTo("k8s_audit");
            assertThat((String) rule.get("condition")).endsWith(" and ka.target.namespace = \"payments-prod\"");
            assertThat((String) rule.get("output")).contains("%ka.user.name", "%ka.impuser.name").doesNotContain("k8s.");
        });
        assertThat(grammar.check(file)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<java.util.Map<String, Object>> rules(String file) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(file, List.class);
    }

    @Test
    void what_falco_refuses_is_reported() {
        String broken = """
                - macro: my_shell
                  condition: proc.name in (bash, sh)
                - rule: Audit field in a syscall rule
                  desc: d
                  condition: ka.verb = get
                  output: x
                  priority: WARNING
                - rule: Undefined macro
                  desc: d
                  condition: spawned_process and my_shell
                  output: x %proc.name
                  priority: NOTICE
                - rule: Unknown field and source
                  desc: d
                  condition: proc.nam = bash
                  output: x %k8s.namespace
                  priority: LOUD
                - rule: Wrong source
                  desc: d
                  condition: evt.type = open
                  output: x
                  priority: INFO
                  source: kubernetes
                """;

        List<String> problems = grammar.check(broken);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("Audit field in a syscall rule", "'ka.verb' is not a syscall field"))
                .anySatisfy(p -> assertThat(p).contains("'spawned_process' is neither a field nor a defined macro"))
                .anySatisfy(p -> assertThat(p).contains("'proc.nam' is not a syscall field"))
                .anySatisfy(p -> assertThat(p).contains("output field 'k8s.namespace'"))
                .anySatisfy(p -> assertThat(p).contains("priority 'LOUD'"))
                .anySatisfy(p -> assertThat(p).contains("source 'kubernetes'"))
                .noneSatisfy(p -> assertThat(p).contains("my_shell"));
    }

    @Test
    void the_projects_list_of_stable_rules_is_the_enabled_rules_of_falcos_stable_ruleset() throws Exception {
        String stable = Files.readString(SharedFixtures.file("falco-rules/falco_rules.yaml"));
        List<?> items = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(stable, List.class);
        Set<String> enabled = items.stream().map(i -> (java.util.Map<?, ?>) i).filter(i -> i.containsKey("rule"))
                .filter(i -> !Boolean.FALSE.equals(i.get("enabled"))).map(i -> (String) i.get("rule")).collect(Collectors.toSet());

        assertThat(FalcoStableRules.load().names()).isEqualTo(enabled);
    }

    @Test
    void naming_an_upstream_rule_a_default_install_does_not_load_is_a_warning() {
        AttackTree tree = AttackTree.single("a", "a", Node.attack("step", "s").withTripwires(List.of(
                DemoTree.tw("tw-sandbox", TripwireKind.FALCO, "rule", "Detect outbound connections to common miner pool ports"),
                DemoTree.tw("tw-stable", TripwireKind.FALCO, "rule", "Terminal shell in container"))));

        var problems = new HoneyclusterCompiler().check(tree, CompileOptions.seeded(1));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("tw-sandbox", "not an enabled rule of the stable ruleset");
        });
    }
}
