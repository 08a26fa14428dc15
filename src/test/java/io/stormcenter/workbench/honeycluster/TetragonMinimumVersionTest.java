package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code tetragon.io/minimum-version} each generated policy carries, as Tetragon's own history
 * has it (cilium/tetragon, read at 4fbfe2d): the {@code dentry} argument type arrived in commit
 * 7d9a799b3, first released in v1.4.0; everything else the compiler writes is older than v1.0.0:
 * the {@code int string file path sock} types (pkg/generictypes, v0.8.0), {@code TracingPolicyNamespaced}
 * (v0.9.0), {@code podSelector} and the {@code DAddr} operator on a {@code sock} argument
 * (pkg/selectors/kernel.go, v0.10.0), {@code matchBinaries In} and {@code Prefix} (v0.8.0).
 */
class TetragonMinimumVersionTest {

    @Test
    void a_policy_reading_a_dentry_needs_tetragon_1_4_where_the_dentry_type_arrived_in_7d9a799b3() throws Exception {
        List<GenericKubernetesResource> policies = allSamplePolicies();

        List<GenericKubernetesResource> dentry = policies.stream().filter(TetragonMinimumVersionTest::readsDentry).toList();

        assertThat(dentry).as("the KubeCon sample's symlink trip-wire reads a dentry").isNotEmpty();
        assertThat(dentry).allSatisfy(p -> assertThat(p.getMetadata().getAnnotations())
                .containsEntry(TracingPolicies.MINIMUM_VERSION_ANNOTATION, "1.4"));
    }

    @Test
    void every_other_policy_needs_tetragon_1_0_since_its_types_selectors_and_pod_selector_are_older() throws Exception {
        List<GenericKubernetesResource> policies = allSamplePolicies();

        List<GenericKubernetesResource> others = policies.stream().filter(p -> !readsDentry(p)).toList();

        assertThat(others).as("accept with podSelector, DAddr on sock, file Prefix, namespaced and cluster-wide")
                .hasSizeGreaterThan(10)
                .anySatisfy(p -> assertThat(p.getAdditionalProperties().toString()).contains("podSelector"))
                .anySatisfy(p -> assertThat(p.getKind()).isEqualTo("TracingPolicyNamespaced"))
                .anySatisfy(p -> assertThat(p.getKind()).isEqualTo("TracingPolicy"));
        assertThat(others).allSatisfy(p -> assertThat(p.getMetadata().getAnnotations())
                .containsEntry(TracingPolicies.MINIMUM_VERSION_ANNOTATION, "1.0"));
    }

    @Test
    void the_matcher_states_the_same_minimum_version_as_its_policy() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(5));

        for (TripwireEntry entry : plan.index().entries()) {
            for (TetragonMatcher matcher : tetragonMatchers(entry.matcher())) {
                GenericKubernetesResource policy = plan.objects().stream()
                        .filter(o -> o.getMetadata().getName().equals(matcher.policyName()))
                        .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow();
                assertThat(matcher.minimumTetragon()).as(matcher.policyName())
                        .isEqualTo(policy.getMetadata().getAnnotations().get(TracingPolicies.MINIMUM_VERSION_ANNOTATION));
            }
        }
    }

    private static List<TetragonMatcher> tetragonMatchers(EventMatcher matcher) {
        if (matcher instanceof TetragonMatcher tetragon) {
            return List.of(tetragon);
        }
        if (matcher instanceof AnyOfMatcher any) {
            return any.matchers().stream().flatMap(m -> tetragonMatchers(m).stream()).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static boolean readsDentry(GenericKubernetesResource policy) {
        Map<String, Object> spec = (Map<String, Object>) policy.getAdditionalProperties().get("spec");
        List<Map<String, Object>> kprobes = (List<Map<String, Object>>) spec.get("kprobes");
        return kprobes.stream().flatMap(k -> ((List<Map<String, Object>>) k.getOrDefault("args", List.of())).stream())
                .anyMatch(a -> "dentry".equals(a.get("type")));
    }

    private static List<GenericKubernetesResource> allSamplePolicies() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        HoneyclusterCompiler compiler = new HoneyclusterCompiler();
        List<GenericKubernetesResource> policies = new java.util.ArrayList<>();
        for (Path sample : samples) {
            HoneyclusterPlan plan = compiler.compile(TreeFiles.read(sample).tree(), CompileOptions.seeded(2));
            plan.objects().stream().filter(o -> o.getApiVersion().startsWith("cilium.io"))
                    .map(GenericKubernetesResource.class::cast).forEach(policies::add);
        }
        return policies;
    }
}
