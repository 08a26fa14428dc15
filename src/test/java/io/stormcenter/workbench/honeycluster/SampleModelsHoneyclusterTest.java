package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled sample models compile cleanly; the KSC demo model covers the demo path and its policies. */
class SampleModelsHoneyclusterTest {

    private static final Path FOLDER = Path.of("sample-models");
    /** The KSC demo's TracingPolicies (../shared/fixtures/ksc-honeycluster/traces) by name, with the call each hooks first. */
    private static final Map<String, String> DEMO_POLICIES = Map.of(
            "successful-ssh-connections", "inet_csk_accept",
            "ssh-spawn-bash", "sys_execve",
            "ssh-close", "tcp_close",
            "enumerate-service-account", "security_file_permission",
            "k8s-api-calls", "tcp_connect",
            "enumerate-util", "fd_install",
            "detect-scp-usage", "sys_execve",
            "detect-k8sapi-invoke", "security_file_permission",
            "detect-symlinkat", "sys_symlinkat",
            "detect-sensitive-file-access", "security_file_permission");

    private static List<Path> models() throws Exception {
        assertThat(FOLDER).as("the project's sample models").isDirectory();
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void every_sample_model_compiles_without_errors_or_warnings() throws Exception {
        List<Path> models = models();
        assertThat(models).isNotEmpty();
        HoneyclusterCompiler compiler = new HoneyclusterCompiler();
        for (Path model : models) {
            AttackTree tree = TreeFiles.read(model).tree();
            List<Problem> problems = compiler.check(tree, CompileOptions.seeded(1));
            assertThat(problems).as(model.toString()).extracting(Problem::describe).isEmpty();
            HoneyclusterPlan plan = compiler.compile(tree, CompileOptions.seeded(1));
            assertThat(plan.index().entries()).as(model.toString()).isNotEmpty();
        }
    }

    @Test
    void the_ksc_demo_model_covers_every_step_of_the_demo_path_and_the_demo_policies() throws Exception {
        Path file = FOLDER.resolve("ksc-kubecon-2024.json");
        AttackTree tree = TreeFiles.read(file).tree();
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(2024));

        for (String step : tree.node("via-logs").children()) {
            long tripwires = tree.subtree(step).stream().mapToLong(n -> plan.index().forNode(n.id()).size()).sum();
            assertThat(tripwires).as("trip-wires under demo step " + step).isPositive();
        }
        DEMO_POLICIES.forEach((name, call) -> assertThat(plan.objects()).as(name).anySatisfy(o -> {
            // The demo's name with the deployment's hash, so applying the plan never overwrites KSC's own policy.
            assertThat(o.getMetadata().getName()).isEqualTo(name + "-"
                    + Cover.of(tree.id(), plan.seed()).deploymentHash());
            assertThat(firstCall(o)).isEqualTo(call);
        }));
        assertThat(Coverage.of(tree).unobservedLeaves()).doesNotContainAnyElementsOf(
                List.of("ssh-bait", "read-sa-token", "client-in-image", "upload-kubectl", "symlink-key", "kubectl-logs"));
    }

    @Test
    void the_demo_policies_hook_what_the_real_ksc_policies_hook() throws Exception {
        Path traces = SharedFixtures.folder("ksc-honeycluster/traces");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(traces)) {
            for (Path trace : files.sorted().toList()) {
                JsonNode policy = yaml.readTree(Files.readString(trace));
                String name = policy.path("metadata").path("name").asText();
                assertThat(DEMO_POLICIES).as(trace.toString())
                        .containsEntry(name, policy.path("spec").path("kprobes").get(0).path("call").asText());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String firstCall(HasMetadata object) {
        if (!(object instanceof GenericKubernetesResource resource)) {
            return null;
        }
        Map<String, Object> spec = (Map<String, Object>) resource.getAdditionalProperties().get("spec");
        return String.valueOf(((List<Map<String, Object>>) spec.get("kprobes")).get(0).get("call"));
    }

    @Test
    void a_leaf_without_trip_wires_in_a_sample_model_gets_suggestions() throws Exception {
        Path file = FOLDER.resolve("ksc-kubecon-2024.json");
        AttackTree tree = TreeFiles.read(file).tree();

        assertThat(Coverage.of(tree).unobservedLeaves()).contains("from-backup");
        assertThat(new TripwireSuggestions().forLeaf(tree, "from-backup")).isNotEmpty();
        assertThat(tree.nodes().stream().filter(Node::isLeaf)).isNotEmpty();
    }
}
