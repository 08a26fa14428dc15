package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.kube.ClusterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's sensor settings applied with helm: the values written, the exact commands, on the deployment's context. */
class SensorHelmTest {

    @TempDir
    Path folder;

    @Test
    void each_sensor_gets_its_repo_and_an_upgrade_with_the_plans_values_on_the_context() throws Exception {
        HoneyclusterPlan plan = SamplePlans.compiled("ksc-kubecon-2024.json", 5);
        List<List<String>> ran = new ArrayList<>();

        new SensorHelm((command, lines) -> {
            ran.add(command);
            return 0;
        }).apply(plan, folder, "kind-honey", "/home/u/kc", line -> { });

        assertThat(ran).hasSize(4);
        assertThat(ran.get(1)).containsExactly("helm", "upgrade", "--install", "falco", "falcosecurity/falco",
                "--namespace", "falco", "--create-namespace", "--reuse-values", "-f",
                folder.resolve("falco-values.yaml").toString(), "--kube-context", "kind-honey", "--kubeconfig", "/home/u/kc");
        assertThat(ran.get(2)).startsWith("helm", "repo", "add");
        assertThat(ran.get(3)).contains("cilium/tetragon", "kube-system");
        assertThat(folder.resolve("falco-values.yaml")).content().isEqualTo(plan.files().get("falco-values.yaml"));
        assertThat(SensorHelm.commands(plan)).hasSize(2);
    }

    @Test
    void a_failing_command_stops_the_rest_and_is_named() {
        HoneyclusterPlan plan = SamplePlans.compiled("ksc-kubecon-2024.json", 5);
        List<List<String>> ran = new ArrayList<>();

        assertThatThrownBy(() -> new SensorHelm((command, lines) -> {
            ran.add(command);
            return command.contains("upgrade") ? 1 : 0;
        }).apply(plan, folder, "kind-honey", null, line -> { })).isInstanceOf(ClusterException.class)
                .hasMessage("'helm upgrade --install falco' failed with exit code 1 (its output is above)");
        assertThat(ran).hasSize(2);
    }

    @Test
    void helm_is_found_only_as_an_executable_in_a_path_folder() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path helm = Files.writeString(bin.resolve("helm"), "#!/bin/sh\n");

        assertThat(SensorHelm.onPath(Map.of("PATH", bin.toString()))).isFalse();
        Files.setPosixFilePermissions(helm, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(SensorHelm.onPath(Map.of("PATH", "/nonexistent:" + bin))).isTrue();
        assertThat(SensorHelm.onPath(Map.of())).isFalse();
    }
}
