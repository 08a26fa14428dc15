package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceStatusTest {

    @Test
    void a_status_line_says_state_detail_counts_and_the_last_event() {
        SourceStatus status = SourceStatus.connecting("kafka 10.0.0.5:9092", "tetragon, falco")
                .with(SourceStatus.State.RUNNING, "tetragon, falco")
                .delivered(1203, 2, Instant.parse("2026-11-20T09:18:03Z"))
                .delivered(1, 0, Instant.parse("2026-11-20T09:18:04Z"));

        assertThat(status.line()).isEqualTo(
                "kafka 10.0.0.5:9092: running (tetragon, falco), 1204 events, 2 rejected, last 09:18:04 UTC");
        assertThat(SourceStatus.connecting("cluster kind events", "").line())
                .isEqualTo("cluster kind events: connecting, 0 events");
    }
}
