package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The index of a block's loose observations, as stored: what is packed is read back exactly. */
class LooseIndexTest {

    private static final long BLOCK = 7;

    private static LooseEntry timed(int slot, Instant time, SensorKind source, String name) {
        return new LooseEntry(BLOCK, slot, JdbcObservationStore.nanos(time), source,
                EventNormaliser.timedKey(source.key(), time, EventNormaliser.digest(name)));
    }

    private static List<LooseEntry> roundTrip(List<LooseEntry> entries) {
        byte[] packed = LooseIndex.Packed.of(new ArrayList<>(entries)).bytes();
        return LooseIndex.unpack(BLOCK, packed);
    }

    @Test
    void timed_keys_are_kept_as_their_digests_bytes_and_read_back_as_the_same_keys() {
        // given a batch's loose Tetragon events, a microsecond or so apart, in their slots' order
        Instant t0 = Instant.parse("2026-11-20T09:18:01.000000001Z");
        List<LooseEntry> entries = new ArrayList<>();
        for (int slot = 0; slot < 2000; slot++) {
            entries.add(timed(slot, t0.plusNanos(1_000L * slot + slot % 7), SensorKind.TETRAGON, "event " + slot));
        }
        // when packed
        byte[] packed = LooseIndex.Packed.of(new ArrayList<>(entries)).bytes();
        // then each entry takes its digest's 16 bytes and a few more, not the key's 59 characters
        assertThat(packed.length).isLessThan(2000 * 22);
        assertThat(LooseIndex.unpack(BLOCK, packed)).containsExactlyElementsOf(entries);
    }

    @Test
    void keys_that_are_not_the_timed_key_of_their_source_and_time_are_kept_as_text() {
        Instant t0 = Instant.parse("2026-11-20T09:18:01.000000001Z");
        LooseEntry plain = timed(0, t0, SensorKind.TETRAGON, "a");
        String digest = EventNormaliser.digest("b");
        List<LooseEntry> entries = List.of(
                plain,
                // upper-case hex: carries its time, but is not the key the normaliser writes
                new LooseEntry(BLOCK, 1, plain.time() + 1, SensorKind.TETRAGON,
                        EventNormaliser.timedKey("tetragon", t0.plusNanos(1), digest).toUpperCase(Locale.ROOT)),
                // another sensor's name before the time
                new LooseEntry(BLOCK, 2, plain.time() + 2, SensorKind.TETRAGON,
                        EventNormaliser.timedKey("falco", t0.plusNanos(2), digest)),
                // a character beyond ASCII whose low byte is a hex digit (U+0130 and '0')
                new LooseEntry(BLOCK, 3, plain.time() + 3, SensorKind.TETRAGON,
                        EventNormaliser.timedKey("tetragon", t0.plusNanos(3), "\u0130" + digest.substring(1))),
                // a digest one digit short, and one a digit long
                new LooseEntry(BLOCK, 4, plain.time() + 4, SensorKind.TETRAGON,
                        EventNormaliser.timedKey("tetragon", t0.plusNanos(4), digest.substring(1))),
                new LooseEntry(BLOCK, 5, plain.time() + 5, SensorKind.TETRAGON,
                        EventNormaliser.timedKey("tetragon", t0.plusNanos(5), digest + "0")),
                new LooseEntry(BLOCK, 6, plain.time() + 6, SensorKind.TETRAGON, "tetragon:no-time-at-all"));

        assertThat(roundTrip(entries)).containsExactlyElementsOf(entries);
    }

    @Test
    void sources_slots_and_times_in_any_order_and_range_read_back_exactly() {
        List<LooseEntry> entries = List.of(
                timed(5, Instant.parse("1969-12-31T23:59:59.5Z"), SensorKind.FALCO, "before 1970"),
                timed(0, Instant.parse("1969-12-31T23:59:59.5Z"), SensorKind.FALCO, "the same instant"),
                timed(4000, Instant.parse("1970-01-01T00:00:00Z"), SensorKind.KUBESCAPE, "the epoch"),
                timed(1, Instant.parse("2026-11-20T09:18:01Z"), SensorKind.TETRAGON, "now"),
                timed(2, Instant.parse("2026-11-20T09:18:01Z"), SensorKind.KUBERNETES_EVENT, "now, another source"),
                timed(3, Instant.parse("2262-04-11T23:47:16.854775807Z"), SensorKind.TETRAGON, "the last nanosecond"));
        List<LooseEntry> inTimeOrder = new ArrayList<>(entries);
        inTimeOrder.sort(LooseEntry.OLDEST_FIRST);

        assertThat(roundTrip(entries)).containsExactlyElementsOf(inTimeOrder);
    }

    @Test
    void a_batch_packs_the_index_its_entries_make_whether_in_time_order_or_not() {
        // given batches of unmatched runtime observations: in time order (a stream's), out of it and
        // with two at one instant (merged streams), with a key in upper-case hex, and with a matched one
        Instant t0 = Instant.parse("2026-11-20T09:18:01.000000001Z");
        List<List<Observation>> batches = List.of(
                List.of(observation(t0, "a"), observation(t0.plusNanos(3), "b"), observation(t0.plusNanos(9), "c")),
                List.of(observation(t0.plusNanos(9), "c"), observation(t0, "a"), observation(t0, "z"),
                        observation(t0.plusNanos(3), "b")),
                List.of(observation(t0, "a"), new Observation(t0.plusNanos(1), t0, SensorKind.TETRAGON, "file",
                        actor(), null, List.of(), EventNormaliser.timedKey("tetragon", t0.plusNanos(1),
                        EventNormaliser.digest("up")).toUpperCase(Locale.ROOT), "{}"),
                        new Observation(t0.plusNanos(2), t0, SensorKind.TETRAGON, "file", actor(), null,
                                List.of(new TripwireMatch("tw", "n", Outcome.COUNTED, null)),
                                EventNormaliser.timedKey("tetragon", t0.plusNanos(2), EventNormaliser.digest("m")),
                                "{}")));
        for (List<Observation> observations : batches) {
            PackedBatch batch = PackedBatch.of(observations);
            List<LooseEntry> entries = new ArrayList<>();
            for (int slot = 0; slot < observations.size(); slot++) {
                if (batch.mayBeLoose(slot)) {
                    Observation o = observations.get(slot);
                    entries.add(new LooseEntry(0, slot, JdbcObservationStore.nanos(o.eventTime()), o.source(),
                            o.dedupKey()));
                }
            }
            // when packed from the batch, then it is the index of those entries, to the byte
            LooseIndex.Packed fromBatch = LooseIndex.Packed.of(batch);
            LooseIndex.Packed fromEntries = LooseIndex.Packed.of(entries);
            assertThat(fromBatch.bytes()).isEqualTo(fromEntries.bytes());
            assertThat(List.of(fromBatch.count(), fromBatch.first(), fromBatch.last()))
                    .isEqualTo(List.of(fromEntries.count(), fromEntries.first(), fromEntries.last()));
            assertThat(LooseIndex.unpack(0, fromBatch.bytes())).containsExactlyElementsOf(entries);
        }
    }

    private static Actor actor() {
        return new Actor(null, List.of(), null, List.of(), null, "worker-1", "payments", "api", "c1", "/usr/bin/cat",
                "/etc/shadow", "ZXhlYzE=", null, null);
    }

    private static Observation observation(Instant time, String name) {
        return new Observation(time, time, SensorKind.TETRAGON, "file", actor(), null, List.of(),
                EventNormaliser.timedKey("tetragon", time, EventNormaliser.digest(name)), "{}");
    }

    @Test
    void the_first_format_is_still_read() {
        // given an index as the workbench wrote it before: items of a format byte, slot, time, source and key
        Instant time = Instant.parse("2026-11-20T09:18:01.000000001Z");
        List<LooseEntry> entries = List.of(timed(3, time, SensorKind.TETRAGON, "a"),
                timed(1, time.plusNanos(5), SensorKind.FALCO, "b"));
        byte[] formatOne = RawBlock.pack(entries.size(), 96, (slot, out) -> {
            LooseEntry entry = entries.get(slot);
            out.room(1);
            out.bytes[out.size++] = 1;
            out.varLong(entry.slot());
            out.varLong(entry.time());
            out.text(entry.source().key());
            out.text(entry.dedupKey());
        });

        assertThat(LooseIndex.unpack(BLOCK, formatOne)).containsExactlyElementsOf(entries);
    }

    @Test
    void a_damaged_or_unknown_index_is_reported_not_misread() {
        Instant t0 = Instant.parse("2026-11-20T09:18:01.000000001Z");
        byte[] packed = LooseIndex.Packed.of(new ArrayList<>(List.of(timed(0, t0, SensorKind.TETRAGON, "a"),
                timed(1, t0.plusNanos(1), SensorKind.TETRAGON, "b")))).bytes();

        assertThatThrownBy(() -> LooseIndex.unpack(BLOCK, Arrays.copyOf(packed, packed.length - 1)))
                .isInstanceOf(ObservationStoreException.class).hasMessageContaining("block 7 is damaged");
        byte[] longer = Arrays.copyOf(packed, packed.length + 1);
        assertThatThrownBy(() -> LooseIndex.unpack(BLOCK, longer))
                .isInstanceOf(ObservationStoreException.class).hasMessageContaining("block 7 is damaged");
        byte[] unknown = packed.clone();
        unknown[0] = 9;
        assertThatThrownBy(() -> LooseIndex.unpack(BLOCK, unknown))
                .isInstanceOf(ObservationStoreException.class).hasMessageContaining("unknown format");
    }
}
