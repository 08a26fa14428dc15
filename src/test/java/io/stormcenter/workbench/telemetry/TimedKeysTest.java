package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.sensor.TetragonArg;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.sensor.TetragonProcess;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimedKeysTest {

    private static final String DIGEST = "b18d4386b0349b887f4fc1437cb67d71";

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T09:18:01.000000001Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z",
            "2262-04-11T23:47:16.854775807Z", "2001-09-09T01:46:40Z"})
    void a_timed_key_carries_its_own_time_and_no_other(String at) {
        Instant time = Instant.parse(at);
        long nanos = JdbcObservationStore.nanos(time);

        String key = EventNormaliser.timedKey("tetragon", time, DIGEST);

        assertThat(EventNormaliser.keyCarries(key, nanos)).isTrue();
        assertThat(EventNormaliser.keyCarries(key.toUpperCase(Locale.ROOT), nanos)).isTrue();
        assertThat(EventNormaliser.keyCarries(key, nanos + 1)).isFalse();
        assertThat(EventNormaliser.keyCarries(key, nanos ^ (1L << 62))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tetragon:" + DIGEST, "audit:2f2a8a0e-3c7e-4a51-9d0b-6f1c2d3e4f50:ResponseComplete",
            "tetragon:0000000000000000", "tetragon:000000000000000g:" + DIGEST, ":", ""})
    void a_key_without_a_time_of_its_own_carries_none(String key) {
        assertThat(EventNormaliser.keyCarries(key, 0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T09:18:01.000000001Z", "1969-12-31T23:59:59.5Z",
            "2262-04-11T23:47:16.854775807Z", "none"})
    void a_tetragon_key_written_in_one_piece_is_the_timed_key_of_its_parts_digest(String at) {
        // given a Tetragon event at that time (or without one)
        Instant time = at.equals("none") ? null : Instant.parse(at);
        TetragonEvent event = new TetragonEvent("process_kprobe", "worker-1", time,
                new TetragonProcess("ZXhlYw==", 42, 0, "/usr/bin/cat", "/etc/caf\u00e9", "cGFyZW50", null, null),
                "security_file_permission", "ksc-tw-read", "KPROBE_ACTION_POST",
                List.of(new TetragonArg("file_arg", "/etc/caf\u00e9", Map.of("path", "/etc/caf\u00e9"))), null);
        // when
        Observation observation = new EventNormaliser().observe(SensorKind.TETRAGON, event, "{}", "file",
                Instant.EPOCH, List.of());
        // then its key is what the pieces made it before: the timed key of the digest of its parts
        String digest = EventNormaliser.digest("process_kprobe", "worker-1",
                time == null ? null : Long.toString(JdbcObservationStore.nanos(time)), "ZXhlYw==",
                "security_file_permission", "ksc-tw-read", "KPROBE_ACTION_POST", "file_arg", "/etc/caf\u00e9");
        assertThat(observation.dedupKey()).isEqualTo(EventNormaliser.timedKey("tetragon", time, digest));
    }
}
