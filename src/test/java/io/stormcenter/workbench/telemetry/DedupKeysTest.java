package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.sensor.Fixtures;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dedup key never changes between versions of the workbench: a capture replayed again, or a
 * stream resumed, after an upgrade must find its events known. These are the keys the first
 * releases gave the project's fixtures of the sensors' real shapes.
 */
class DedupKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TETRAGON | tetragon-kprobe-raw.json"
                + " | tetragon:18e9b638b9bed2d2:6bc74241a627b660eeca419ef83e219d",
        "TETRAGON | tetragon-kprobe-wrapped.json"
                + " | tetragon:18e9b64d6493d464:f68dd959e8ca3f6415f2580e8b3ba5a0",
        "TETRAGON | tetragon-connect-raw.json"
                + " | tetragon:18e9b65460b78000:b18d4386b0349b887f4fc1437cb67d71",
        "FALCO | falco-alert.json"
                + " | falco:18e9b63446a26915:1c8a7f0a965afd91b2dc59c04a0e1b53",
        "KUBESCAPE | kubescape-alerts.jsonl"
                + " | kubescape:18e9b63941836557:a51e8b1cf5e901468e98703b74d8cdc2",
        "KUBERNETES_EVENT | k8s-event-core.json"
                + " | k8s-event:18e9b6638304ca00:3a2415b318d177eaae28df6160f5c452",
    })
    void a_sensor_events_key_is_what_earlier_versions_gave_it(SensorKind kind, String fixture, String key) {
        String raw = Fixtures.text(fixture).lines().filter(line -> !line.isBlank()).findFirst().orElseThrow();
        if (!fixture.endsWith(".jsonl")) {
            raw = Fixtures.text(fixture);
        }
        SensorEvent event = kind.parse(raw, new SensorKind.Readers());

        Observation observation = new EventNormaliser().observe(kind, event, raw, "file",
                Instant.parse("2026-12-07T00:00:00Z"), List.of());

        assertThat(observation.dedupKey()).isEqualTo(key);
    }
}
