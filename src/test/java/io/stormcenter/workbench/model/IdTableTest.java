package io.stormcenter.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void ids_with_the_same_hash_code_keep_their_own_positions() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        IdTable table = new IdTable(2);

        assertThat(table.addIfAbsent("Aa", 0)).isEqualTo(-1);
        assertThat(table.addIfAbsent("BB", 1)).isEqualTo(-1);
        assertThat(table.addIfAbsent("Aa", 2)).isZero();

        assertThat(table.positionOf("Aa")).isZero();
        assertThat(table.positionOf("BB")).isEqualTo(1);
        assertThat(table.positionOf("C#")).isEqualTo(-1);
        assertThat(table.positionOf(null)).isEqualTo(-1);
    }

    @Test
    void a_full_size_table_finds_every_id_it_was_given() {
        int size = 50_000;
        IdTable table = new IdTable(size);
        for (int i = 0; i < size; i++) {
            assertThat(table.addIfAbsent("n" + i, i)).isEqualTo(-1);
        }
        for (int i = 0; i < size; i++) {
            assertThat(table.positionOf(new String("n" + i))).isEqualTo(i);
        }
        assertThat(table.positionOf("n" + size)).isEqualTo(-1);
    }
}
