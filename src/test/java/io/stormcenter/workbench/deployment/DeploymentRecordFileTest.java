package io.stormcenter.workbench.deployment;

import io.stormcenter.workbench.honeycluster.DeploymentLabel;
import io.stormcenter.workbench.kube.ClusterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentRecordFileTest {

    @TempDir
    Path folder;

    private static DeploymentRecord record() {
        return new DeploymentRecord("dep-1", "model-1", "abc", "kind-dev", "https://127.0.0.1:6443", "/home/u/kc",
                "honey", 7, List.of(new ObjectRef("v1", "Namespace", null, "honey"),
                new ObjectRef("v1", "Secret", "honey", "aws")), Instant.parse("2026-11-27T05:00:00Z"),
                Instant.parse("2026-11-27T05:01:00Z"), DeploymentState.DEPLOYED, null,
                new DeploymentLabel("app.kubernetes.io/instance", "orders-1f2e3"), null);
    }

    @Test
    void the_record_lives_next_to_the_model_and_round_trips() {
        DeploymentRecordFile file = DeploymentRecordFile.nextTo(folder.resolve("tree.json"));

        file.save(record());

        assertThat(file.file()).isEqualTo(folder.resolve("tree.deploy.json"));
        assertThat(file.load()).contains(record());
    }

    @Test
    void saving_replaces_atomically_and_leaves_no_temp_file() throws IOException {
        DeploymentRecordFile file = DeploymentRecordFile.nextTo(folder.resolve("tree.json"));
        file.save(record());

        file.save(record().with(DeploymentState.TORN_DOWN, null, Instant.parse("2026-11-27T06:00:00Z")));

        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("tree.deploy.json"));
        }
        assertThat(file.load()).get().extracting(DeploymentRecord::state).isEqualTo(DeploymentState.TORN_DOWN);
    }

    @Test
    void a_damaged_record_is_named() throws IOException {
        Path damaged = folder.resolve("tree.deploy.json");
        Files.writeString(damaged, "{\"format\": \"ksc-deployment\", ");

        assertThatThrownBy(() -> DeploymentRecordFile.nextTo(folder.resolve("tree.json")).load())
                .isInstanceOf(ClusterException.class).hasMessageStartingWith("deployment record " + damaged + " is damaged");
    }
}
