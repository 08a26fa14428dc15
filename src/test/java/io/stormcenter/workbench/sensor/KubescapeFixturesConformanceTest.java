package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.testing.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader against the real node-agent alerts of the Storm Center's honeycluster in
 * {@code ../shared/fixtures/kubescape} (a command injection into a web app). Skipped in a user's
 * clone, where that folder is absent; on CI (env {@code CI} set) its absence is a failure.
 */
class KubescapeFixturesConformanceTest {

    private static Path fixture(String name) {
        return SharedFixtures.file("kubescape/" + name);
    }

    @Test
    void every_real_alert_reads_with_rule_time_namespace_and_the_injected_process() throws IOException {
        List<String> lines = Files.readAllLines(fixture("webapp-unexpected.jsonl")).stream()
                .filter(l -> !l.isBlank()).toList();
        KubescapeAlertReader reader = new KubescapeAlertReader();

        List<KubescapeAlert> alerts = lines.stream().map(reader::read).toList();

        assertThat(alerts).hasSize(10);
        assertThat(alerts).extracting(KubescapeAlert::ruleId).containsOnly("R0001", "R0002");
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.time()).isNotNull();
            assertThat(a.namespace()).isEqualTo("default");
            assertThat(a.podName()).isEqualTo("webapp-765cc5d648-bb44n");
            assertThat(a.process()).isNotNull();
        });
        KubescapeAlert ping = alerts.stream().filter(a -> "R0001".equals(a.ruleId()) && "/bin/ping".equals(a.executable()))
                .findFirst().orElseThrow();
        assertThat(ping.execArgs()).containsExactly("/bin/ping", "-c", "4", "172.16.0.2");
        assertThat(ping.process().pid()).isEqualTo(48363);
        assertThat(ping.process().parentComm()).isEqualTo("sh");
        assertThat(alerts).filteredOn(a -> "R0002".equals(a.ruleId())).extracting(KubescapeAlert::path)
                .contains("/var/www/html/ping.php", "/lib/x86_64-linux-gnu/libcap.so.2.44");
    }
}
