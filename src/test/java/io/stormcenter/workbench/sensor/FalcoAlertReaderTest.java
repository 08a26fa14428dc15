package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FalcoAlertReaderTest {

    private final FalcoAlertReader reader = new FalcoAlertReader();

    @Test
    void a_falcosidekick_alert_keeps_rule_namespace_fields_and_uuid() {
        FalcoAlert alert = reader.read(Fixtures.text("falco-alert.json"));

        assertThat(alert.rule()).isEqualTo("Terminal shell in container");
        assertThat(alert.priority()).isEqualTo("Notice");
        assertThat(alert.source()).isEqualTo("syscall");
        assertThat(alert.hostname()).isEqualTo("worker-1");
        assertThat(alert.time()).isEqualTo(Instant.parse("2026-11-20T09:17:42.123456789Z"));
        assertThat(alert.namespace()).isEqualTo("ksc-demo");
        assertThat(alert.podName()).isEqualTo("ssh-bait");
        assertThat(alert.field("proc.cmdline")).isEqualTo("bash -i");
        assertThat(alert.field("proc.tty")).isEqualTo("34816");
        assertThat(alert.outputFields()).doesNotContainKey("user.loginuid");
        assertThat(alert.tags()).contains("T1059", "shell");
        assertThat(alert.uuid()).isEqualTo("5a0d9f0e-3c77-4f5e-a2a4-7c3f0d1e2b9a");
    }

    @Test
    void an_alert_straight_from_falco_has_no_uuid() {
        FalcoAlert alert = reader.read("{\"time\":\"2026-11-20T09:00:00Z\",\"rule\":\"r\",\"priority\":\"Warning\"}");

        assertThat(alert.uuid()).isNull();
        assertThat(alert.namespace()).isNull();
    }

    @Test
    void an_alert_without_rule_or_time_is_refused_naming_the_field() {
        assertThatThrownBy(() -> reader.read("{\"time\":\"2026-11-20T09:00:00Z\"}"))
                .hasMessage("Falco alert field 'rule': missing");
        assertThatThrownBy(() -> reader.read("{\"rule\":\"r\"}"))
                .hasMessage("Falco alert field 'time': missing");
        assertThatThrownBy(() -> reader.read("{\"rule\":\"r\",\"time\":\"t\",\"output_fields\":[1]}"))
                .hasMessage("Falco alert field 'time': not an RFC 3339 timestamp");
    }
}
