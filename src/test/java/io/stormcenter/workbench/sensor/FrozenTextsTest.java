package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenTextsTest {

    private final Map<String, String> fields = new FrozenTexts(new String[] {"path", "permission", "flags"},
            new String[] {"/etc/shadow", "-rw-r-----", "0"});

    @Test
    void it_is_the_map_of_its_names_and_texts_in_the_order_read() {
        assertThat(fields.get("path")).isEqualTo("/etc/shadow");
        assertThat(fields.get("daddr")).isNull();
        assertThat(fields.get(null)).isNull();
        assertThat(fields.containsKey("flags")).isTrue();
        assertThat(fields.containsKey("mode")).isFalse();
        assertThat(fields).hasSize(3).containsExactly(Map.entry("path", "/etc/shadow"),
                Map.entry("permission", "-rw-r-----"), Map.entry("flags", "0"));
    }

    @Test
    void it_equals_and_hashes_as_any_map_of_the_same_entries() {
        Map<String, String> same = Map.of("flags", "0", "path", "/etc/shadow", "permission", "-rw-r-----");

        assertThat(fields).isEqualTo(same);
        assertThat(same).isEqualTo(fields);
        assertThat(fields.hashCode()).isEqualTo(same.hashCode());
        assertThat(fields).isNotEqualTo(Map.of("path", "/etc/shadow"));
    }

    @Test
    void it_cannot_be_changed() {
        assertThatThrownBy(() -> fields.put("path", "/tmp/x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.remove("path")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(fields::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<String, String>> entries = fields.entrySet().iterator();
        entries.next();
        assertThatThrownBy(entries::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> entries.next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(fields).hasSize(3);
    }

    @Test
    void a_record_keeps_a_frozen_map_and_copies_any_other() {
        Map<String, String> mutable = new HashMap<>(Map.of("path", "/etc/shadow"));

        assertThat(FrozenTexts.immutable(fields)).isSameAs(fields);
        Map<String, String> copy = FrozenTexts.immutable(mutable);
        mutable.put("path", "/tmp/x");
        assertThat(copy).containsExactly(Map.entry("path", "/etc/shadow"));
        assertThat(FrozenTexts.immutable(null)).isEmpty();
        assertThat(new TetragonArg("file_arg", "/etc/shadow", fields).fields()).isSameAs(fields);
    }
}
