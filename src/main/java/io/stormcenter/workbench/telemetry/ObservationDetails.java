package io.stormcenter.workbench.telemetry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the store keeps of an observation besides the columns queries select by: when it arrived,
 * its channel, the object, the actor, every trip-wire match, and where its event's JSON lies in its
 * raw block; packed into the one {@code details} column. One column instead of a dozen: sqlite-jdbc
 * crosses JNI once per bound or read column, and a heat window reads a million rows; the actor was
 * JSON before (schema 1), and parsing it per row cost more than the rest of the row's read.
 *
 * <p>Format 1: a format byte, then varints and strings (a varint of the UTF-8 length plus one, 0
 * for null, then the bytes). Format 2 (schema 3): the format byte and a varint slot; the format 1
 * details themselves lie at that slot of the details block of the row's batch, compressed with the
 * batch's others. A row then carries a few bytes instead of a few hundred: the actor of a runtime
 * event (pod, container, binary, arguments, exec ids) was most of each row's bytes, and every byte of
 * a row is written to the log, synced and copied into the file again at the checkpoint. Never
 * change a format that shipped: add another and read both.
 */
final class ObservationDetails {

    private static final byte FORMAT = 1;
    private static final byte IN_BLOCK = 2;
    /** The references of the first slots, made once: every batch uses them. */
    private static final byte[][] REFERENCES = new byte[4096][];

    static {
        for (int slot = 0; slot < REFERENCES.length; slot++) {
            REFERENCES[slot] = reference(slot);
        }
    }

    private ObservationDetails() {
    }

    /**
     * The details of one stored observation.
     *
     * @param rawSlot the position of the event's JSON in the row's raw block
     */
    record Unpacked(long receivedNanos, String origin, String object, Actor actor, List<TripwireMatch> matches,
                    int rawSlot) {
    }

    static byte[] pack(Observation observation, int rawSlot) {
        Packer out = new Packer();
        packInto(out, observation, rawSlot);
        return Arrays.copyOf(out.bytes, out.size);
    }

    static void packInto(Packer out, Observation observation, int rawSlot) {
        out.room(1);
        out.bytes[out.size++] = FORMAT;
        out.varLong(JdbcObservationStore.nanos(observation.receivedTime()));
        out.text(observation.origin());
        out.text(observation.object());
        Actor actor = observation.actor();
        out.text(actor.user());
        out.texts(actor.groups());
        out.text(actor.impersonatedUser());
        out.texts(actor.sourceIps());
        out.text(actor.userAgent());
        out.text(actor.node());
        out.text(actor.namespace());
        out.text(actor.pod());
        out.text(actor.containerId());
        out.text(actor.binary());
        out.text(actor.arguments());
        out.text(actor.execId());
        out.text(actor.parentExecId());
        out.text(actor.auid());
        out.varLong(observation.matches().size());
        for (TripwireMatch match : observation.matches()) {
            out.text(match.tripwireId());
            out.text(match.nodeId());
            out.text(match.outcome().key());
            out.text(match.reason());
        }
        out.varLong(rawSlot);
    }

    /** What a row of schema 3 carries: where in its batch's details block its details are (format 2). */
    static byte[] inBlock(int slot) {
        return slot < REFERENCES.length ? REFERENCES[slot] : reference(slot);
    }

    private static byte[] reference(int slot) {
        Packer out = new Packer(6);
        out.bytes[out.size++] = IN_BLOCK;
        out.varLong(slot);
        return Arrays.copyOf(out.bytes, out.size);
    }

    /** The slot in its batch's details block when the row refers there (format 2), else -1 (format 1). */
    static int blockSlot(byte[] stored) {
        if (stored.length == 0 || stored[0] != IN_BLOCK) {
            return -1;
        }
        Unpacker in = new Unpacker(stored);
        in.at = 1;
        long slot = in.varLong();
        if (in.at != stored.length || slot < 0 || slot > Integer.MAX_VALUE) {
            throw new ObservationStoreException("a stored observation's reference to its details is damaged");
        }
        return (int) slot;
    }

    static Unpacked unpack(byte[] bytes) {
        Unpacker in = new Unpacker(bytes);
        if (bytes.length == 0 || bytes[in.at++] != FORMAT) {
            throw new ObservationStoreException("a stored observation's details are in an unknown format ("
                    + (bytes.length == 0 ? "empty" : "format " + bytes[0]) + "); use a newer workbench");
        }
        long received = in.varLong();
        String origin = in.text();
        String object = in.text();
        Actor actor = new Actor(in.text(), in.texts(), in.text(), in.texts(), in.text(), in.text(), in.text(),
                in.text(), in.text(), in.text(), in.text(), in.text(), in.text(), in.text());
        int count = (int) in.varLong();
        List<TripwireMatch> matches = count == 0 ? List.of() : new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            matches.add(new TripwireMatch(in.text(), in.text(), Outcome.fromKey(in.text()), in.text()));
        }
        int slot = (int) in.varLong();
        if (in.at != bytes.length) {
            throw new ObservationStoreException("a stored observation's details are damaged ("
                    + (bytes.length - in.at) + " bytes left over)");
        }
        return new Unpacked(received, origin, object, actor, matches, slot);
    }

    /** A growing byte array: faster than a stream for the few hundred bytes of one row. */
    static final class Packer {
        byte[] bytes;
        int size;

        Packer() {
            this(256);
        }

        Packer(int capacity) {
            this(new byte[capacity]);
        }

        /** Writes into {@code buffer} from its start (and into a larger copy once it is full). */
        Packer(byte[] buffer) {
            bytes = buffer;
        }

        void varLong(long value) {
            room(10);
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            bytes[size++] = (byte) rest;
        }

        /** The text's UTF-8 after its length plus one (0 for null). */
        void text(String value) {
            if (value == null) {
                varLong(0);
                return;
            }
            // getBytes, not a loop over the chars: for Latin-1 text it is a vectorised check and a copy
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varLong(utf8.length + 1L);
            raw(utf8);
        }

        /** The text's UTF-8, without its length. */
        void utf8(String value) {
            raw(value.getBytes(StandardCharsets.UTF_8));
        }

        void texts(List<String> values) {
            varLong(values.size());
            for (String value : values) {
                text(value);
            }
        }

        void raw(byte[] part) {
            raw(part, part.length);
        }

        /** The first {@code length} bytes of {@code part}. */
        void raw(byte[] part, int length) {
            room(length);
            System.arraycopy(part, 0, bytes, size, length);
            size += length;
        }

        void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads what a {@link Packer} wrote; a truncated array is reported, never read past. */
    static final class Unpacker {
        final byte[] bytes;
        int at;

        Unpacker(byte[] bytes) {
            this.bytes = bytes;
        }

        long varLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= bytes.length) {
                    throw damaged();
                }
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw damaged();
        }

        String text() {
            long length = varLong();
            if (length == 0) {
                return null;
            }
            int size = (int) (length - 1);
            if (size < 0 || size > bytes.length - at) {
                throw damaged();
            }
            String value = new String(bytes, at, size, StandardCharsets.UTF_8);
            at += size;
            return value;
        }

        List<String> texts() {
            int count = (int) varLong();
            if (count == 0) {
                return List.of();
            }
            if (count < 0 || count > bytes.length - at) {
                throw damaged();
            }
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = text();
            }
            return List.of(values);
        }

        private ObservationStoreException damaged() {
            return new ObservationStoreException("a stored observation's details are damaged (cut short at byte "
                    + at + " of " + bytes.length + ")");
        }
    }
}
