package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How many attack leaves of the samples a trip-wire would see, and would actually fire on, as the sensors are installed. */
class FiringCoverageTest {

    @ParameterizedTest(name = "{0}: {1} leaves, {2} seen, {3} fire on default installs, {4} with the plan's settings")
    @CsvSource({
            // attack steps: nodes without attack refinement, countered ones included
            "ksc-kubecon-2024, 13, 10, 10, 10",
            "container-escape, 11, 10, 7, 10",
            "cryptomining, 10, 8, 7, 8",
            "secret-theft, 12, 10, 9, 10"})
    void the_samples_leaves_that_fire(String sample, int leaves, int seen, int onDefault, int withSettings) throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models", sample + ".json")).tree();

        FiringCoverage coverage = FiringCoverage.of(tree);

        assertThat(coverage.byLeaf()).hasSize(leaves);
        assertThat(coverage.seen()).isEqualTo(seen);
        assertThat(coverage.firingOnDefaultInstall()).isEqualTo(onDefault);
        assertThat(coverage.firingWithPlanSettings()).isEqualTo(withSettings);
    }

    @Test
    void a_sandbox_falco_rule_never_fires_a_generated_one_needs_the_plans_settings_and_the_kubelets_read_too() {
        AttackTree tree = new AttackTree("t", "t", "", "r", List.of(
                Node.attack("r", "r").withChildren(List.of("a", "b", "c")),
                Node.attack("a", "a").withTripwires(List.of(DemoTree.tw("tw-a", TripwireKind.FALCO,
                        "rule", "Detect outbound connections to common miner pool ports"))),
                Node.attack("b", "b").withTripwires(List.of(DemoTree.tw("tw-b", TripwireKind.TETRAGON,
                        "function", "security_file_open", "path", "/etc/kubernetes/pki/apiserver.key", "scope", "cluster"))),
                Node.attack("c", "c").withTripwires(List.of(DemoTree.tw("tw-c", TripwireKind.FALCO, "rule", "Shell",
                        "condition", "evt.type = execve", "output", "shell", "priority", "NOTICE")))));

        FiringCoverage coverage = FiringCoverage.of(tree);

        assertThat(coverage.byLeaf()).containsEntry("a", Readiness.NEVER).containsEntry("b", Readiness.PLAN_SETTINGS)
                .containsEntry("c", Readiness.PLAN_SETTINGS);
    }
}
