package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store's packed details and compressed blocks of events' JSON give back exactly what went in. */
class StoredFormatsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03.123456789Z");

    @Test
    void details_keep_every_field_null_and_empty_apart_with_every_match_in_order() {
        // given an actor with empty and null fields, non-ASCII text, and two matches
        Actor actor = new Actor("", List.of("system:authenticated", "équipe"), null, List.of("203.0.113.50"),
                "kubectl/v1.30.2", "worker-1", "payments", null, "containerd://3ad1", "/usr/bin/cat", "/etc/shadow",
                "ZXhlYzE=", "", "1000");
        Observation observation = new Observation(T0, T0.plusMillis(250), SensorKind.TETRAGON, "kafka:tetragon", actor,
                null, List.of(new TripwireMatch("tw-a", "node-a", Outcome.COUNTED, null),
                new TripwireMatch("tw-b", "node-b", Outcome.EXCLUDED, "identity 'x' is excluded")), "k", "{}");
        // when
        ObservationDetails.Unpacked unpacked = ObservationDetails.unpack(ObservationDetails.pack(observation, 1999));
        // then
        assertThat(unpacked.actor()).isEqualTo(actor);
        assertThat(unpacked.actor().user()).isEmpty();
        assertThat(unpacked.actor().impersonatedUser()).isNull();
        assertThat(unpacked.matches()).isEqualTo(observation.matches());
        assertThat(unpacked.origin()).isEqualTo("kafka:tetragon");
        assertThat(unpacked.object()).isNull();
        assertThat(JdbcObservationStore.instant(unpacked.receivedNanos())).isEqualTo(T0.plusMillis(250));
        assertThat(unpacked.rawSlot()).isEqualTo(1999);
    }

    @Test
    void damaged_details_are_reported_not_misread() {
        Observation observation = new Observation(T0, T0, SensorKind.AUDIT, "receiver", Actor.NONE, "secrets/a/b",
                List.of(), "k", "{}");
        byte[] packed = ObservationDetails.pack(observation, 0);

        assertThatThrownBy(() -> ObservationDetails.unpack(Arrays.copyOf(packed, packed.length - 3)))
                .isInstanceOf(ObservationStoreException.class).hasMessageContaining("damaged");
        byte[] future = packed.clone();
        future[0] = 9;
        assertThatThrownBy(() -> ObservationDetails.unpack(future))
                .isInstanceOf(ObservationStoreException.class).hasMessageContaining("unknown format");
    }

    @Test
    void a_block_gives_back_each_events_json_by_slot_and_is_much_smaller_than_the_batch() {
        // given a batch of similar events, one empty and one with non-ASCII text
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add("{\"process_kprobe\":{\"process\":{\"exec_id\":\"ZXhlYy" + i + "\",\"binary\":\"/usr/bin/cat\","
                    + "\"pod\":{\"namespace\":\"payments\",\"name\":\"orders-api-7f9c\"}},\"policy_name\":\"file-access\"},"
                    + "\"node_name\":\"worker-" + (i % 3) + "\",\"time\":\"2026-11-20T09:18:01." + i + "Z\"}");
        }
        events.set(7, "");
        events.set(8, "{\"path\":\"/tmp/\u00e9t\u00e9 \u2603\"}");
        int plainBytes = events.stream().mapToInt(String::length).sum();
        // when
        byte[] stored = RawBlock.pack(events);
        RawBlock block = RawBlock.unpack(stored);
        // then
        assertThat(block.size()).isEqualTo(500);
        for (int slot = 0; slot < events.size(); slot++) {
            assertThat(block.event(slot)).isEqualTo(events.get(slot));
        }
        assertThat(stored.length).isLessThan(plainBytes / 10);
        assertThatThrownBy(() -> block.event(500)).isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("item 500 of a block of 500");
    }

    @Test
    void a_damaged_block_is_reported_not_misread() {
        byte[] stored = RawBlock.pack(List.of("{\"a\":1}", "{\"b\":2}"));
        byte[] cut = Arrays.copyOf(stored, stored.length - 4);

        assertThatThrownBy(() -> RawBlock.unpack(cut)).isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void a_row_refers_to_its_slot_of_the_batchs_details_block_and_old_rows_keep_their_own() {
        // given a batch's details packed into one block, as schema 3 stores them
        byte[][] details = new byte[5000][];
        for (int slot = 0; slot < details.length; slot++) {
            details[slot] = ObservationDetails.pack(new Observation(T0.plusNanos(slot), T0, SensorKind.TETRAGON,
                    "cluster", new Actor(null, List.of(), null, List.of(), null, "worker-1", "payments", "api-" + slot,
                    null, "/usr/bin/cat", null, null, null, null), "/etc/passwd", List.of(), "k" + slot, "{}"), slot);
        }
        RawBlock.Items items = new RawBlock.Items(details.length, 64);
        for (byte[] item : details) {
            items.add(item, item.length);
        }
        RawBlock block = RawBlock.unpack(items.compressed());
        for (int slot : new int[] {0, 127, 128, 4095, 4096, 4999}) {
            // when a row's reference is read back
            byte[] reference = ObservationDetails.inBlock(slot);
            int found = ObservationDetails.blockSlot(reference);
            // then it names its slot, a few bytes long, and the block gives back that observation's details
            assertThat(found).isEqualTo(slot);
            assertThat(reference.length).isLessThanOrEqualTo(3);
            assertThat(ObservationDetails.unpack(block.item(found)).actor().pod()).isEqualTo("api-" + slot);
        }
        // and details stored in the row (format 1, schema 2 and before) are not taken for a reference
        assertThat(ObservationDetails.blockSlot(details[7])).isEqualTo(-1);
        byte[] cut = ObservationDetails.inBlock(300);
        assertThatThrownBy(() -> ObservationDetails.blockSlot(Arrays.copyOf(cut, 2)))
                .isInstanceOf(ObservationStoreException.class).hasMessageContaining("damaged");
    }
}
