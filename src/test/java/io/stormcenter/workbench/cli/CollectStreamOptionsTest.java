package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collect}'s cluster and Kafka options: offered, and refused with a reason when incomplete. */
class CollectStreamOptionsTest {

    @TempDir
    Path folder;

    private Path model() throws Exception {
        Path model = folder.resolve("kubecon.json");
        Files.copy(Path.of("sample-models/ksc-kubecon-2024.json"), model, StandardCopyOption.REPLACE_EXISTING);
        return model;
    }

    @Test
    void the_help_offers_the_cluster_and_kafka_sources() {
        CliRun run = CliRun.of("collect", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--cluster").contains("--context=C").contains("--kubeconfig=F")
                .contains("--kafka=BOOTSTRAP").contains("--topic=T").contains("--group=G");
    }

    @Test
    void a_topic_without_kafka_is_refused() throws Exception {
        CliRun run = CliRun.of("collect", model().toString(), "--topic", "tetragon");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--topic needs --kafka BOOTSTRAP");
    }

    @Test
    void kafka_without_a_topic_and_a_topic_of_an_unknown_sensor_are_refused() throws Exception {
        CliRun none = CliRun.of("collect", model().toString(), "--kafka", "127.0.0.1:9");
        CliRun unknown = CliRun.of("collect", model().toString(), "--kafka", "127.0.0.1:9", "--topic", "t=syslog");

        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("--kafka needs at least one --topic");
        assertThat(unknown.err()).contains("--topic t=syslog: unknown source 'syslog'");
    }

    @Test
    void the_cluster_without_a_deployment_needs_a_context() throws Exception {
        CliRun run = CliRun.of("collect", model().toString(), "--cluster");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--cluster needs --context: the model has no deployment to take it from");
    }
}
