package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SuggestionsAndCoverageTest {

    private final TripwireSuggestions suggestions = new TripwireSuggestions();

    @Test
    void an_nsenter_leaf_gets_a_setns_policy_and_falcos_change_thread_namespace() {
        List<Suggestion> proposed = suggestions.forLeaf(DemoTree.tree(), "nsenter");

        assertThat(proposed).extracting(s -> s.tripwire().kind()).containsExactly(TripwireKind.TETRAGON, TripwireKind.FALCO);
        assertThat(proposed.get(0).tripwire().param("function")).isEqualTo("sys_setns");
        assertThat(proposed.get(1).tripwire().param("rule")).isEqualTo("Change thread namespace");
        assertThat(proposed).extracting(Suggestion::technique).containsExactly("CE_NSENTER", "CE_NSENTER");
    }

    @Test
    void listing_secrets_gets_a_honeytoken_and_an_audit_rule_and_exec_gets_pods_exec() {
        AttackTree tree = new AttackTree("t", "", "", "r", List.of(
                Node.attack("r", "r").withChildren(List.of("list", "exec")),
                Node.attack("list", "list secrets").withTechniques(List.of("MS-TA9025")),
                Node.attack("exec", "exec").withTechniques(List.of("MS-TA9006"))));

        List<Suggestion> list = suggestions.forLeaf(tree, "list");
        List<Suggestion> exec = suggestions.forLeaf(tree, "exec");

        assertThat(list).extracting(s -> s.tripwire().kind()).containsExactly(TripwireKind.HONEYTOKEN, TripwireKind.AUDIT);
        assertThat(list.get(1).tripwire().params()).containsEntry("resource", "secrets").containsEntry("verbs", "get,list");
        assertThat(exec.get(0).tripwire().params()).containsEntry("resource", "pods").containsEntry("subresource", "exec");
    }

    @Test
    void a_leaf_with_trip_wires_or_without_tags_gets_no_suggestion() {
        assertThat(suggestions.forLeaf(DemoTree.tree(), "ssh-bait")).isEmpty();
        assertThat(suggestions.forLeaf(DemoTree.tree(), "symlink-key")).isEmpty();
        assertThat(suggestions.forLeaf(DemoTree.tree(), "via-logs")).isEmpty();
    }

    @Test
    void taking_every_suggestion_compiles_and_leaves_no_tagged_leaf_blind() throws Exception {
        AttackTree tree = new AttackTree("all", "", "", "r", new ArrayList<>());
        List<Node> nodes = new ArrayList<>();
        List<String> children = new ArrayList<>();
        int i = 0;
        for (String technique : TripwireSuggestions.knownTechniques()) {
            String id = "leaf-" + i++;
            children.add(id);
            nodes.add(Node.attack(id, technique).withTechniques(List.of(technique)));
        }
        nodes.add(0, Node.attack("r", "r").withChildren(children));
        tree = new AttackTree("all", "", "", "r", nodes);
        for (Node leaf : List.copyOf(tree.leaves())) {
            List<Tripwire> proposed = suggestions.forLeaf(tree, leaf.id()).stream().map(Suggestion::tripwire).toList();
            tree = tree.withNode(tree.node(leaf.id()).withTripwires(proposed));
        }

        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1));

        assertThat(Coverage.of(tree).unobservedLeaves()).isEmpty();
        assertThat(plan.index().entries()).hasSizeGreaterThan(TripwireSuggestions.knownTechniques().size() / 2);
    }

    @Test
    void coverage_names_the_leaves_no_installed_sensor_observes() {
        AttackTree demo = DemoTree.tree();

        Coverage all = Coverage.of(demo);
        Coverage auditOnly = Coverage.of(demo, EnumSet.of(Sensor.AUDIT));

        assertThat(all.unobservedLeaves()).containsExactly("nsenter");
        assertThat(all.sensorsByLeaf().get("ssh-bait")).contains(Sensor.TETRAGON, Sensor.AUDIT);
        assertThat(auditOnly.unobservedLeaves()).containsExactly("use-k8s-client", "symlink-key", "nsenter", "shell-in-bait");
        assertThat(auditOnly.ratio()).isLessThan(all.ratio());
    }

    @Test
    void every_upstream_falco_rule_the_table_proposes_exists_upstream() throws Exception {
        StringBuilder upstream = new StringBuilder();
        try (Stream<Path> files = Files.list(SharedFixtures.folder("falco-rules"))) {
            for (Path file : files.toList()) {
                upstream.append(Files.readString(file));
            }
        }
        List<Node> leaves = new ArrayList<>();
        for (String technique : TripwireSuggestions.knownTechniques()) {
            leaves.add(Node.attack("x", "x").withTechniques(List.of(technique)));
        }
        for (Node leaf : leaves) {
            AttackTree single = AttackTree.single("s", "s", leaf);
            for (Suggestion s : suggestions.forLeaf(single, "x")) {
                if (s.tripwire().kind() == TripwireKind.FALCO) {
                    assertThat(upstream).as(s.tripwire().param("rule")).contains("- rule: " + s.tripwire().param("rule") + "\n");
                }
            }
        }
    }
}
