package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kubescape node-agent alerts in the stdout exporter's shape (project fixtures with the deployment's names). */
class KubescapeAlertReaderTest {

    private final KubescapeAlertReader reader = new KubescapeAlertReader();

    private static List<String> lines() {
        return Fixtures.text("kubescape-alerts.jsonl").lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void an_unexpected_process_alert_keeps_rule_pod_executable_and_the_alerted_process() {
        KubescapeAlert alert = reader.read(lines().get(0));

        assertThat(alert.ruleId()).isEqualTo("R0001");
        assertThat(alert.alertName()).isEqualTo("Unexpected process launched");
        assertThat(alert.time()).isEqualTo(Instant.parse("2026-11-20T09:18:03.512374615Z"));
        assertThat(alert.severity()).isEqualTo(5);
        assertThat(alert.namespace()).isEqualTo("ksc-kubecon-2024");
        assertThat(alert.podName()).isEqualTo("ssh-proxy-7d9c5b6f48-q2x7k");
        assertThat(alert.containerName()).isEqualTo("ssh-proxy");
        assertThat(alert.containerId()).startsWith("3b1f0c9a");
        assertThat(alert.workloadKind()).isEqualTo("Deployment");
        assertThat(alert.executable()).isEqualTo("/usr/bin/curl");
        assertThat(alert.execArgs()).containsExactly("/usr/bin/curl", "-sk", "https://kubernetes.default.svc/api");
        assertThat(alert.path()).isNull();
        // the infected pid is found three levels down the tree, under sshd and the login shell
        assertThat(alert.process().pid()).isEqualTo(4475);
        assertThat(alert.process().ppid()).isEqualTo(4410);
        assertThat(alert.process().comm()).isEqualTo("curl");
        assertThat(alert.process().parentComm()).isEqualTo("bash");
        assertThat(alert.process().cmdline()).isEqualTo("curl -sk https://kubernetes.default.svc/api");
    }

    @Test
    void a_file_access_alert_names_the_file_and_its_flags() {
        KubescapeAlert token = reader.read(lines().get(2));
        KubescapeAlert library = reader.read(lines().get(3));

        assertThat(token.ruleId()).isEqualTo("R0006");
        assertThat(token.path()).isEqualTo("/run/secrets/kubernetes.io/serviceaccount/..2026_11_20_09_02_11.1284736512/token");
        assertThat(token.arguments()).containsEntry("flags", "[\"O_RDONLY\"]");
        assertThat(token.executable()).isEqualTo("/bin/cat");
        assertThat(library.ruleId()).isEqualTo("R0002");
        assertThat(library.path()).isEqualTo("/lib/x86_64-linux-gnu/libcap.so.2.44");
    }

    @Test
    void the_agents_own_log_lines_are_not_alerts() {
        assertThat(lines()).filteredOn(KubescapeAlertReader::looksLikeAlert).hasSize(4);
        assertThat(KubescapeAlertReader.looksLikeAlert(lines().get(1))).isFalse();
    }

    @Test
    void an_alert_without_rule_or_time_is_refused_naming_the_field() {
        assertThatThrownBy(() -> reader.read("{\"BaseRuntimeMetadata\":{\"timestamp\":\"2026-11-20T09:00:00Z\"}}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("Kubescape alert field 'RuleID': missing");
        assertThatThrownBy(() -> reader.read("{\"RuleID\":\"R0001\",\"BaseRuntimeMetadata\":{}}"))
                .hasMessage("Kubescape alert field 'BaseRuntimeMetadata.timestamp': missing (and no 'time' either)");
        assertThatThrownBy(() -> reader.read("{\"RuleID\":\"R0001\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"BaseRuntimeMetadata\":{\"arguments\":{\"args\":\"/bin/sh\"}}}"))
                .hasMessage("Kubescape alert field 'BaseRuntimeMetadata.arguments.args': expected an array, found a string");
    }

    @Test
    void a_node_agent_log_read_whole_gives_every_alert_and_reports_the_agents_own_line() {
        EventBatch<KubescapeAlert> batch = reader.readAll(Fixtures.text("kubescape-alerts.jsonl"));

        assertThat(batch.events()).hasSize(4);
        assertThat(batch.skipped()).hasSize(1);
        assertThat(batch.skipped().get(0).position().line()).isEqualTo(2);
    }

    @Test
    void a_mixed_capture_tells_a_kubescape_alert_by_its_rule_id() {
        SensorEvent event = new AnySensorEventReader().read(lines().get(0));

        assertThat(event).isInstanceOf(KubescapeAlert.class);
    }

    @Test
    void an_alert_with_only_the_log_time_and_no_process_tree_still_reads() {
        KubescapeAlert alert = reader.read("{\"RuleID\":\"R1010\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"RuntimeK8sDetails\":{\"namespace\":\"ksc-demo\"}}");

        assertThat(alert.time()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(alert.namespace()).isEqualTo("ksc-demo");
        assertThat(alert.process()).isNull();
        assertThat(alert.executable()).isNull();
    }
}
