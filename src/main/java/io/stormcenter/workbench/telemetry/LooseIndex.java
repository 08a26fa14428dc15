package io.stormcenter.workbench.telemetry;

import java.util.ArrayList;
import java.util.List;

/**
 * Schema 4. A runtime sensor's event that no trip-wire takes (most of a busy node's Tetragon
 * export, kept as context) gets no row of its own in {@code observations}: a row costs an insert
 * into the table, its key index and its time index, three times what parsing the event costs.
 * Such an event lies only in its batch's blocks, and the batch gets one row of
 * {@code observation_loose}: its first and last event time (what reads and the store's duplicate
 * check select blocks by) and this index of its loose events in time order.
 *
 * <p>Only an event whose dedup key carries its own event time is kept so ({@link #mayBeLoose}):
 * every delivery of it then has the same time, so a redelivery falls into a block whose time range
 * holds it, and the duplicate check looks only there.
 *
 * <p>Format 1: a {@link RawBlock} whose items are, per loose event in time order, a format byte,
 * a varint of its slot, a varint of its time, its source's key and its dedup key.
 */
final class LooseIndex {

    private static final byte FORMAT = 1;

    private LooseIndex() {
    }

    /** Whether the store may keep the observation without a row: unmatched, and its key names its time. */
    static boolean mayBeLoose(Observation observation, long eventNanos) {
        return observation.matches().isEmpty() && EventNormaliser.keyCarries(observation.dedupKey(), eventNanos);
    }

    /**
     * The index of a batch whose every candidate is kept loose, packed before the store's lock is
     * taken: only a redelivery (a candidate found stored already) makes the commit pack another.
     *
     * @param count how many entries it holds
     * @param first the oldest entry's time
     * @param last  the newest entry's time
     */
    record Packed(int count, long first, long last, byte[] bytes) {

        static final Packed NONE = new Packed(0, 0, 0, new byte[0]);

        /** The index of the batch's candidates ({@link PackedBatch#mayBeLoose}), whatever its block. */
        static Packed of(PackedBatch batch) {
            List<Observation> observations = batch.observations();
            List<LooseEntry> entries = new ArrayList<>(observations.size());
            for (int slot = 0; slot < observations.size(); slot++) {
                if (batch.mayBeLoose(slot)) {
                    Observation observation = observations.get(slot);
                    entries.add(new LooseEntry(0, slot, batch.eventNanos(slot), observation.source(),
                            observation.dedupKey()));
                }
            }
            return of(entries);
        }

        /** The entries' index; they are put in time order first. */
        static Packed of(List<LooseEntry> entries) {
            if (entries.isEmpty()) {
                return NONE;
            }
            entries.sort(LooseEntry.OLDEST_FIRST);
            return new Packed(entries.size(), entries.get(0).time(), entries.get(entries.size() - 1).time(),
                    pack(entries));
        }
    }

    /** The entries, already in time order, compressed together. */
    private static byte[] pack(List<LooseEntry> entries) {
        return RawBlock.pack(entries.size(), 96, (slot, out) -> {
            LooseEntry entry = entries.get(slot);
            out.room(1);
            out.bytes[out.size++] = FORMAT;
            out.varLong(entry.slot());
            out.varLong(entry.time());
            out.text(entry.source().key());
            out.text(entry.dedupKey());
        });
    }

    static List<LooseEntry> unpack(long block, byte[] stored) {
        RawBlock items = RawBlock.unpack(stored);
        List<LooseEntry> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ObservationDetails.Unpacker in = new ObservationDetails.Unpacker(items.item(i));
            if (in.bytes.length == 0 || in.bytes[in.at++] != FORMAT) {
                throw new ObservationStoreException("the index of loose observations of block " + block
                        + " is in an unknown format; use a newer workbench");
            }
            long slot = in.varLong();
            long time = in.varLong();
            String source = in.text();
            String key = in.text();
            if (slot < 0 || slot > Integer.MAX_VALUE || source == null || key == null || in.at != in.bytes.length) {
                throw new ObservationStoreException("the index of loose observations of block " + block
                        + " is damaged (entry " + i + ")");
            }
            entries.add(new LooseEntry(block, (int) slot, time, SensorKind.fromKey(source), key));
        }
        return entries;
    }
}
