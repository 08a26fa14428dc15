package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T09:18:01Z", "2026-11-20T09:18:01.1Z", "2026-11-20T09:14:03.118204Z",
            "2023-03-01T12:09:41.612578413Z", "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z"})
    void sensor_timestamps_read_as_instant_parse_reads_them(String text) {
        // given a timestamp as Kubernetes, Falco and Tetragon write it
        // when it is read the fast way
        Instant fast = Rfc3339.utc(text);

        // then it is the same instant the JDK's parser gives
        assertThat(fast).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T09:18:01+02:00", "2026-02-30T09:18:01Z", "2026-13-20T09:18:01Z",
            "2026-11-20 09:18:01Z", "2026-11-20T09:18:01.Z", "2026-11-20T09:18:01.1234567890Z", "2026-11-20T24:00:00Z",
            "2026-11-20T09:18:60Z", "20x6-11-20T09:18:01Z", "2026-11-20T09:18:01", "yesterday at noon, roughly"})
    void anything_else_is_left_to_the_full_parser(String text) {
        assertThat(Rfc3339.utc(text)).isNull();
    }

    @Test
    void random_instants_survive_the_round_trip() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 2_000; i++) {
            // given any instant between 1970 and 2100, written with 0 to 9 fraction digits
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            String text = instant.toString();

            // then the fast reader gives it back exactly
            assertThat(Rfc3339.utc(text)).as(text).isEqualTo(instant);
            assertThat(OffsetDateTime.parse(text).toInstant()).isEqualTo(instant);
        }
    }
}
