package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {

    @Test
    void keys_of_equal_hashes_are_told_apart_by_their_text() {
        // "Aa" and "BB" hash alike, as do "AaAa", "AaBB", "BBAa" and "BBBB"
        KeySet set = new KeySet(2);

        assertThat(set.contains("Aa".hashCode(), "Aa")).isFalse();
        assertThat(set.add("Aa".hashCode(), "Aa")).isTrue();
        assertThat(set.contains("BB".hashCode(), "BB")).isFalse();
        assertThat(set.add("BB".hashCode(), "BB")).isTrue();
        assertThat(set.add("Aa".hashCode(), "Aa")).isFalse();
        for (String key : List.of("AaAa", "AaBB", "BBAa", "BBBB")) {
            assertThat(set.add(key.hashCode(), key)).isTrue();
        }
        assertThat(set.size()).isEqualTo(6);
        assertThat(set.contains("BBBB".hashCode(), "BBBB")).isTrue();
        assertThat(set.contains("BBBB".hashCode(), "CCCC")).isFalse();
    }

    @Test
    void it_holds_what_a_hash_set_holds_through_its_growth() {
        Random random = new Random(20261207);
        KeySet set = new KeySet(4);
        Set<String> expected = new HashSet<>();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String key = "tetragon:" + Long.toHexString(random.nextInt(30_000));
            asked.add(key);
            assertThat(set.add(key.hashCode(), key)).isEqualTo(expected.add(key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        for (int i = 0; i < 40_000; i++) {
            String key = "tetragon:" + Long.toHexString(i);
            assertThat(set.contains(key.hashCode(), key)).isEqualTo(expected.contains(key));
        }
        KeySet sized = new KeySet(expected.size());
        expected.forEach(key -> sized.add(key.hashCode(), key));
        assertThat(sized.size()).isEqualTo(expected.size());
        assertThat(sized.contains(asked.get(7).hashCode(), asked.get(7))).isTrue();
    }
}
