package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackerTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 9, 10, 99, 100, 1_763_630_281_000_000_001L, Long.MAX_VALUE, -1, -10,
            -1_000_000_000L, Long.MIN_VALUE})
    void a_number_is_written_in_decimal_as_Long_toString_writes_it(long value) {
        ObservationDetails.Packer out = new ObservationDetails.Packer(4);
        out.utf8("x");

        out.decimal(value);

        assertThat(new String(out.bytes, 0, out.size, StandardCharsets.US_ASCII)).isEqualTo("x" + value);
    }
}
