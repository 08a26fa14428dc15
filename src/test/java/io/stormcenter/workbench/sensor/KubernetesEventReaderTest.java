package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KubernetesEventReaderTest {

    private final KubernetesEventReader reader = new KubernetesEventReader();

    @Test
    void a_core_v1_event_gives_reason_object_and_last_timestamp() {
        KubernetesEvent event = reader.read(Fixtures.text("k8s-event-core.json"));

        assertThat(event.apiVersion()).isEqualTo("v1");
        assertThat(event.namespace()).isEqualTo("ksc-demo");
        assertThat(event.reason()).isEqualTo("Killing");
        assertThat(event.message()).isEqualTo("Stopping container sshd");
        assertThat(event.involvedObject().kind()).isEqualTo("Pod");
        assertThat(event.involvedObject().name()).isEqualTo("ssh-bait");
        assertThat(event.involvedObject().fieldPath()).isEqualTo("spec.containers{sshd}");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-20T09:21:05Z"));
        assertThat(event.count()).isEqualTo(2);
        assertThat(event.reporter()).isEqualTo("kubelet");
    }

    @Test
    void an_events_k8s_io_v1_event_maps_regarding_note_and_series() {
        KubernetesEvent event = reader.read(Fixtures.text("k8s-event-events-v1.json"));

        assertThat(event.apiVersion()).isEqualTo("events.k8s.io/v1");
        assertThat(event.reason()).isEqualTo("ProvisioningFailed");
        assertThat(event.message()).contains("storageclass");
        assertThat(event.involvedObject().kind()).isEqualTo("PersistentVolumeClaim");
        assertThat(event.involvedObject().name()).isEqualTo("hostpath-logs");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-20T09:22:10.123456Z"));
        assertThat(event.count()).isEqualTo(3);
        assertThat(event.reporter()).isEqualTo("persistentvolume-controller");
        assertThat(event.type()).isEqualTo("Warning");
    }

    @Test
    void a_watch_event_is_unwrapped() {
        String watch = "{\"type\":\"ADDED\",\"object\":" + Fixtures.text("k8s-event-core.json").trim() + "}";

        assertThat(reader.read(watch).reason()).isEqualTo("Killing");
    }

    @Test
    void an_event_without_reason_or_object_is_refused_naming_the_field() {
        assertThatThrownBy(() -> reader.read("{\"kind\":\"Event\",\"apiVersion\":\"v1\",\"involvedObject\":{}}"))
                .hasMessage("Kubernetes Event field 'reason': missing");
        assertThatThrownBy(() -> reader.read("{\"kind\":\"Event\",\"apiVersion\":\"events.k8s.io/v1\",\"reason\":\"x\"}"))
                .hasMessage("Kubernetes Event field 'regarding': missing");
    }
}
