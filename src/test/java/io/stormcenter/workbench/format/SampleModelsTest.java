package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled sample models: valid, canonical, complete, and faithful to the KSC demo they describe. */
class SampleModelsTest {

    private static final Path FOLDER = Path.of("sample-models");
    private static final Pattern TECHNIQUE = Pattern.compile(
            "MS-TA9\\d{3}|MS-M9\\d{3}|T\\d{4}(\\.\\d{3})?|[A-Z]+(_[A-Z]+)+");

    @ParameterizedTest
    @ValueSource(strings = {"ksc-kubecon-2024.json", "secret-theft.json", "container-escape.json", "cryptomining.json"})
    void every_sample_validates_without_errors_and_is_stored_in_canonical_form(String name) throws Exception {
        Path file = FOLDER.resolve(name);

        ReadResult read = TreeFiles.read(file);
        List<Problem> problems = TreeValidator.validate(read.tree());

        assertThat(read.warnings()).isEmpty();
        assertThat(problems).filteredOn(Problem::isError).isEmpty();
        assertThat(read.tree().id()).isEqualTo(name.replace(".json", ""));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(NativeFormat.toJson(read.tree()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ksc-kubecon-2024.json", "secret-theft.json", "container-escape.json", "cryptomining.json"})
    void every_sample_is_a_complete_model(String name) throws Exception {
        AttackTree tree = TreeFiles.read(FOLDER.resolve(name)).tree();

        assertThat(tree.size()).isGreaterThanOrEqualTo(15);
        assertThat(tree.root().impact()).isPositive();
        assertThat(tree.nodes()).anyMatch(n -> n.role() == Role.DEFENCE);
        for (Node leaf : tree.leaves()) {
            assertThat(leaf.estimates().probability()).as(leaf.id()).isNotNull();
            assertThat(leaf.estimates().confidence()).as(leaf.id()).isNotNull();
            assertThat(leaf.estimates().rationale()).as(leaf.id()).isNotBlank().doesNotContain("\n");
            assertThat(leaf.techniques()).as(leaf.id()).isNotEmpty().allMatch(t -> TECHNIQUE.matcher(t).matches());
            if (leaf.role() == Role.ATTACK) {
                assertThat(leaf.estimates().cost()).as(leaf.id()).isNotNull();
                assertThat(leaf.estimates().timeHours()).as(leaf.id()).isNotNull();
                assertThat(leaf.estimates().skill()).as(leaf.id()).isNotNull();
                assertThat(!leaf.tripwires().isEmpty() || !leaf.description().isEmpty())
                        .as("%s: a leaf without trip-wire says why no sensor sees it", leaf.id()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ksc-kubecon-2024.json", "secret-theft.json", "container-escape.json", "cryptomining.json"})
    void every_sample_survives_a_trip_through_ADTool(String name) throws Exception {
        AttackTree tree = TreeFiles.read(FOLDER.resolve(name)).tree();

        AttackTree back = AdToolFormat.fromXml(AdToolFormat.toXml(tree), name.replace(".json", ".xml")).tree();

        assertThat(Shape.of(back)).isEqualTo(Shape.of(tree));
        assertThat(back.size()).isEqualTo(tree.size());
    }

    @Test
    void the_kubecon_demo_path_is_a_sand_chain_in_the_demo_order() throws Exception {
        AttackTree tree = TreeFiles.read(FOLDER.resolve("ksc-kubecon-2024.json")).tree();

        Node chain = tree.node("via-logs");
        assertThat(chain.gate()).isEqualTo(Gate.SAND);
        assertThat(tree.refinements("via-logs")).extracting(Node::id).containsExactly("ssh-bait", "read-sa-token",
                "use-k8s-client", "hostpath-pv", "symlink-key", "kubectl-logs");
        assertThat(tree.parent("via-logs").map(Node::id)).contains(tree.rootId());
        assertThat(tree.refinements(tree.rootId())).hasSizeGreaterThan(1);
    }

    @Test
    void each_behaviour_of_the_kubecon_demo_is_watched_on_the_step_it_proves() throws Exception {
        AttackTree tree = TreeFiles.read(FOLDER.resolve("ksc-kubecon-2024.json")).tree();

        Map<String, String> policyOnLeaf = Map.of(
                "successful-ssh-connections", "ssh-bait",
                "ssh-spawn-bash", "ssh-bait",
                "ssh-close", "ssh-bait",
                "enumerate-service-account", "read-sa-token",
                "k8s-api-calls", "client-in-image",
                "enumerate-util", "client-in-image",
                "detect-scp-usage", "upload-kubectl",
                "detect-k8sapi-invoke", "client-in-image",
                "detect-symlinkat", "symlink-key",
                "detect-sensitive-file-access", "kubectl-logs");
        policyOnLeaf.forEach((policy, leaf) -> assertThat(tree.node(leaf).tripwires())
                .as("policy %s on %s", policy, leaf)
                .anyMatch(t -> t.kind() == TripwireKind.TETRAGON && policy.equals(t.param("policy"))));
        assertThat(tree.node("ssh-bait").tripwires()).anyMatch(t -> t.kind() == TripwireKind.BAIT
                && "ssh".equals(t.param("workload")) && "NodePort".equals(t.param("expose")));
        assertThat(tree.node("read-sa-token").tripwires()).anyMatch(t -> t.kind() == TripwireKind.CANARY_SERVICE_ACCOUNT
                && "tw-ssh-bait".equals(t.param("plantIn")));
        assertThat(tree.node("hostpath-pv").tripwires()).anyMatch(t -> t.kind() == TripwireKind.AUDIT
                && "persistentvolumes".equals(t.param("resource")) && "create".equals(t.param("verbs")));
        assertThat(tree.node("kubectl-logs").tripwires()).anyMatch(t -> t.kind() == TripwireKind.AUDIT
                && "log".equals(t.param("subresource")));
    }

    @Test
    void the_kubecon_sample_names_every_tracing_policy_of_the_ksc_honeycluster() throws IOException {
        Path traces = SharedFixtures.file("ksc-honeycluster/traces/6detect-symlinkat.yaml").getParent();
        Set<String> used = new HashSet<>();
        for (Node node : TreeFilesTestSupport.read(FOLDER.resolve("ksc-kubecon-2024.json")).nodes()) {
            node.tripwires().stream().map(t -> t.param("policy")).forEach(used::add);
        }

        try (Stream<Path> files = Files.list(traces)) {
            for (Path policy : files.toList()) {
                Matcher name = Pattern.compile("(?m)^  name: \"?([a-z0-9-]+)\"?").matcher(Files.readString(policy));
                assertThat(name.find()).as(policy.toString()).isTrue();
                assertThat(used).as(policy.getFileName().toString()).contains(name.group(1));
            }
        }
    }

    @Test
    void every_falco_rule_named_by_a_sample_exists_upstream() throws Exception {
        Path rulesFolder = SharedFixtures.file("falco-rules/falco_rules.yaml").getParent();
        Set<String> upstream = new HashSet<>();
        try (Stream<Path> files = Files.list(rulesFolder)) {
            for (Path file : files.toList()) {
                Matcher rule = Pattern.compile("(?m)^- rule: (.+)$").matcher(Files.readString(file));
                while (rule.find()) {
                    upstream.add(rule.group(1).trim());
                }
            }
        }

        for (String name : List.of("ksc-kubecon-2024", "secret-theft", "container-escape", "cryptomining")) {
            for (Node node : TreeFilesTestSupport.read(FOLDER.resolve(name + ".json")).nodes()) {
                for (Tripwire tripwire : node.tripwires()) {
                    // A sample names an upstream rule only when it is in Falco's rules; otherwise it generates its own.
                    if (tripwire.kind() == TripwireKind.FALCO && tripwire.param("condition") == null) {
                        assertThat(upstream).as(name + " " + tripwire.id()).contains(tripwire.param("rule"));
                    }
                }
            }
        }
    }
}
