package io.stormcenter.workbench.telemetry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Two formats, told apart by the first byte. Never change a format that shipped: add another
 * and read both.
 * <ul>
 *   <li>Format 1 (read, no longer written): a {@link RawBlock} whose items are, per loose event in
 *       time order, a format byte (1), a varint of its slot, a varint of its time, its source's key
 *       and its dedup key.</li>
 *   <li>Format 2: the format byte (2), a varint count, then per loose event in time order: a
 *       zigzag varint of its slot after the previous entry's slot plus one (the first after -1),
 *       a zigzag varint of its time after the previous entry's (the first after 0), a byte of
 *       {@link #NEW_SOURCE} and {@link #DIGEST_KEY} flags, its source's key when it differs from the
 *       previous entry's, and its key: the 16 bytes of its digest when the key is the timed key of
 *       that source and time (every key the normaliser makes for a loose event), else as text.</li>
 * </ul>
 * Format 2 is not compressed: its entries are about 20 bytes, most of them the digest, which does
 * not compress. Format 1 spelled the digest in hex and compressed every entry with Zstandard, which
 * cost more than packing the rest of the entry and left 28 bytes of it.
 */
final class LooseIndex {

    /** {@link RawBlock}'s own format byte: the items of format 1. */
    private static final byte ITEMS = 1;
    private static final byte ENTRIES = 2;
    /** An entry's flag: its source's key follows (the first entry's, or one that differs from the previous). */
    private static final int NEW_SOURCE = 1;
    /** An entry's flag: its key is the timed key of its source and time, and the digest's 16 bytes follow. */
    private static final int DIGEST_KEY = 2;
    /** Each source's key as UTF-8, by ordinal. */
    private static final byte[][] SOURCE_KEYS = Arrays.stream(SensorKind.values())
            .map(kind -> kind.key().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

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

        /**
         * The index of the batch's candidates ({@link PackedBatch#mayBeLoose}), whatever its block:
         * from the batch's own arrays (times, sources, the digests taken while each key was fresh)
         * when the candidates come in time order, as a stream's do, without reading their
         * observations again (by now out of the processor's cache).
         */
        static Packed of(PackedBatch batch) {
            int count = 0;
            boolean inOrder = true;
            long last = Long.MIN_VALUE;
            for (int slot = 0; slot < batch.size(); slot++) {
                if (batch.mayBeLoose(slot)) {
                    count++;
                    // equal times are ordered by key: leave those to the sort below
                    inOrder &= count == 1 || batch.eventNanos(slot) > last;
                    last = batch.eventNanos(slot);
                }
            }
            if (count == 0) {
                return NONE;
            }
            if (!inOrder) {
                return of(entries(batch));
            }
            int[] slots = new int[count];
            int next = 0;
            for (int slot = 0; next < count; slot++) {
                if (batch.mayBeLoose(slot)) {
                    slots[next++] = slot;
                }
            }
            return new Packed(count, batch.eventNanos(slots[0]), last, pack(new BatchEntries(batch, slots)));
        }

        /** The entries' index; they are put in time order first. */
        static Packed of(List<LooseEntry> entries) {
            if (entries.isEmpty()) {
                return NONE;
            }
            entries.sort(LooseEntry.OLDEST_FIRST);
            return new Packed(entries.size(), entries.get(0).time(), entries.get(entries.size() - 1).time(),
                    pack(new ListedEntries(entries)));
        }

        private static List<LooseEntry> entries(PackedBatch batch) {
            List<Observation> observations = batch.observations();
            List<LooseEntry> entries = new ArrayList<>(observations.size());
            for (int slot = 0; slot < observations.size(); slot++) {
                if (batch.mayBeLoose(slot)) {
                    Observation observation = observations.get(slot);
                    entries.add(new LooseEntry(0, slot, batch.eventNanos(slot), observation.source(),
                            observation.dedupKey()));
                }
            }
            return entries;
        }
    }

    /** The entries to pack, in time order: what format 2 writes of each. */
    private interface Entries {
        int count();

        int slot(int entry);

        long time(int entry);

        SensorKind source(int entry);

        /** Writes the 16 bytes of the entry's key's digest at {@code into[at]}, or returns false: its key is text. */
        boolean digest(int entry, byte[] into, int at);

        String key(int entry);
    }

    private record ListedEntries(List<LooseEntry> entries) implements Entries {
        @Override
        public int count() {
            return entries.size();
        }

        @Override
        public int slot(int entry) {
            return entries.get(entry).slot();
        }

        @Override
        public long time(int entry) {
            return entries.get(entry).time();
        }

        @Override
        public SensorKind source(int entry) {
            return entries.get(entry).source();
        }

        @Override
        public boolean digest(int entry, byte[] into, int at) {
            LooseEntry loose = entries.get(entry);
            return EventNormaliser.timedKeyDigest(loose.dedupKey(), loose.source().key(), loose.time(), into, at);
        }

        @Override
        public String key(int entry) {
            return entries.get(entry).dedupKey();
        }
    }

    private record BatchEntries(PackedBatch batch, int[] slots) implements Entries {
        @Override
        public int count() {
            return slots.length;
        }

        @Override
        public int slot(int entry) {
            return slots[entry];
        }

        @Override
        public long time(int entry) {
            return batch.eventNanos(slots[entry]);
        }

        @Override
        public SensorKind source(int entry) {
            return batch.source(slots[entry]);
        }

        @Override
        public boolean digest(int entry, byte[] into, int at) {
            return batch.keyDigest(slots[entry], into, at);
        }

        @Override
        public String key(int entry) {
            return batch.observations().get(slots[entry]).dedupKey();
        }
    }

    /** The entries, already in time order (format 2). */
    private static byte[] pack(Entries entries) {
        int digest = EventNormaliser.DIGEST_BYTES;
        ObservationDetails.Packer out = new ObservationDetails.Packer(BlockBuffers.borrow(16 + entries.count()
                * (24 + digest)));
        out.bytes[out.size++] = ENTRIES;
        out.varLong(entries.count());
        long previousSlot = -1;
        long previousTime = 0;
        SensorKind previousSource = null;
        for (int entry = 0; entry < entries.count(); entry++) {
            int slot = entries.slot(entry);
            long time = entries.time(entry);
            SensorKind source = entries.source(entry);
            out.varLong(zigzag(slot - (previousSlot + 1)));
            out.varLong(zigzag(time - previousTime));
            out.room(1);
            int flags = out.size++;
            out.bytes[flags] = 0;
            if (source != previousSource) {
                out.bytes[flags] |= NEW_SOURCE;
                byte[] key = SOURCE_KEYS[source.ordinal()];
                out.varLong(key.length + 1L);
                out.raw(key);
            }
            out.room(digest);
            if (entries.digest(entry, out.bytes, out.size)) {
                out.bytes[flags] |= DIGEST_KEY;
                out.size += digest;
            } else {
                out.text(entries.key(entry));
            }
            previousSlot = slot;
            previousTime = time;
            previousSource = source;
        }
        byte[] packed = Arrays.copyOf(out.bytes, out.size);
        BlockBuffers.giveBack(out.bytes);
        return packed;
    }

    static List<LooseEntry> unpack(long block, byte[] stored) {
        if (stored.length > 0 && stored[0] == ENTRIES) {
            return entries(block, stored);
        }
        if (stored.length == 0 || stored[0] != ITEMS) {
            throw unknownFormat(block);
        }
        RawBlock items = RawBlock.unpack(stored);
        List<LooseEntry> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ObservationDetails.Unpacker in = new ObservationDetails.Unpacker(items.item(i));
            if (in.bytes.length == 0 || in.bytes[in.at++] != ITEMS) {
                throw unknownFormat(block);
            }
            long slot = in.varLong();
            long time = in.varLong();
            String source = in.text();
            String key = in.text();
            if (slot < 0 || slot > Integer.MAX_VALUE || source == null || key == null || in.at != in.bytes.length) {
                throw damaged(block, i);
            }
            entries.add(new LooseEntry(block, (int) slot, time, SensorKind.fromKey(source), key));
        }
        return entries;
    }

    /** The entries of format 2. */
    private static List<LooseEntry> entries(long block, byte[] stored) {
        ObservationDetails.Unpacker in = new ObservationDetails.Unpacker(stored);
        in.at = 1;
        long count = in.varLong();
        if (count < 0 || count > stored.length) {
            throw damaged(block, 0);
        }
        List<LooseEntry> entries = new ArrayList<>((int) count);
        long slot = -1;
        long time = 0;
        SensorKind source = null;
        for (int i = 0; i < count; i++) {
            slot += 1 + unzigzag(in.varLong());
            time += unzigzag(in.varLong());
            if (in.at >= stored.length) {
                throw damaged(block, i);
            }
            int flags = stored[in.at++];
            if ((flags & NEW_SOURCE) != 0) {
                String key = in.text();
                if (key == null) {
                    throw damaged(block, i);
                }
                source = SensorKind.fromKey(key);
            }
            String key;
            if ((flags & DIGEST_KEY) != 0 && source != null
                    && stored.length - in.at >= EventNormaliser.DIGEST_BYTES) {
                key = EventNormaliser.timedKey(source.key(), time, stored, in.at);
                in.at += EventNormaliser.DIGEST_BYTES;
            } else {
                key = (flags & DIGEST_KEY) == 0 ? in.text() : null;
            }
            if (source == null || key == null || slot < 0 || slot > Integer.MAX_VALUE || (flags & ~3) != 0) {
                throw damaged(block, i);
            }
            entries.add(new LooseEntry(block, (int) slot, time, source, key));
        }
        if (in.at != stored.length) {
            throw damaged(block, (int) count);
        }
        return entries;
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static ObservationStoreException unknownFormat(long block) {
        return new ObservationStoreException("the index of loose observations of block " + block
                + " is in an unknown format; use a newer workbench");
    }

    private static ObservationStoreException damaged(long block, int entry) {
        return new ObservationStoreException("the index of loose observations of block " + block
                + " is damaged (entry " + entry + ")");
    }
}
