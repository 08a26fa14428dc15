package io.stormcenter.workbench.telemetry;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Items of one batch compressed together into one row of {@code observation_raw}: the sensors'
 * own JSON of its events, and (schema 3) the packed {@link ObservationDetails} of its observations.
 * A batch's events share their field names, pods and paths, so together they shrink ten times or
 * more where one event alone barely halves; the store then writes (and syncs, and checkpoints) a
 * fraction of the bytes per event, and a heat window reads narrow rows without the JSON beside
 * them. The JSON is read back only when asked for: {@code observations}, and the audit events
 * correlation looks into.
 *
 * <p>Format 1: a format byte, a varint of the uncompressed length, then one Zstandard frame (level
 * 1) of a varint count and, per event, a varint of its UTF-8 length and the bytes. Never change a
 * format that shipped: add another and read both.
 */
final class RawBlock {

    private static final byte FORMAT = 1;
    /** Zstandard's fastest regular level: a batch of similar events still shrinks tens of times. */
    private static final int LEVEL = 1;

    private final byte[] plain;
    /** Where each event's bytes start and end, in pairs. */
    private final int[] bounds;

    private RawBlock(byte[] plain, int[] bounds) {
        this.plain = plain;
        this.bounds = bounds;
    }

    /** The events' JSON, compressed; done by the caller's thread, outside the store's lock. */
    static byte[] pack(List<String> raws) {
        Items items = new Items(raws.size(), 1024);
        for (String raw : raws) {
            items.addText(raw);
        }
        return items.compressed();
    }

    /** Writes the item in {@code slot} of a block. */
    @FunctionalInterface
    interface ItemWriter {
        void write(int slot, ObservationDetails.Packer out);
    }

    /**
     * {@code count} small items, each written by {@code writer} through one reused buffer (no array
     * per item), compressed together.
     */
    static byte[] pack(int count, int bytesPerItem, ItemWriter writer) {
        Items items = new Items(count, bytesPerItem);
        for (int slot = 0; slot < count; slot++) {
            writer.write(slot, items.next());
            items.addNext();
        }
        return items.compressed();
    }

    /**
     * A block's items laid out one at a time, in slot order, as each becomes known: an ingestion
     * lays out an event's items right after it read the event, while the event's strings are still in
     * the processor's cache (laid out later, in a pass over the batch, each was read from memory again).
     */
    static final class Items {
        /** Room before the first item for the count's varint, which is known only at the end. */
        private static final int COUNT_ROOM = 5;

        private final ObservationDetails.Packer plain;
        private final ObservationDetails.Packer one;
        private int count;
        private boolean compressed;

        Items(int expectedCount, int bytesPerItem) {
            plain = new ObservationDetails.Packer(BlockBuffers.borrow(COUNT_ROOM + expectedCount * (bytesPerItem + 2)
                    + 16));
            plain.size = COUNT_ROOM;
            one = new ObservationDetails.Packer(2 * bytesPerItem);
        }

        /** The buffer to write the next item into, emptied; {@link #addNext} appends it. */
        ObservationDetails.Packer next() {
            one.size = 0;
            return one;
        }

        void addNext() {
            add(one.bytes, one.size);
        }

        /** The text's UTF-8 as the next item. */
        void addText(String text) {
            // the whole string at once: faster than char by char for the kilobyte of an event
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            add(utf8, utf8.length);
        }

        void add(byte[] bytes, int length) {
            plain.varLong(length);
            plain.raw(bytes, length);
            count++;
        }

        int count() {
            return count;
        }

        /**
         * The items (a varint count, then each item's varint length and bytes), compressed; the last
         * use of these items, whose buffer then serves the thread's next block.
         */
        byte[] compressed() {
            if (compressed) {
                throw new IllegalStateException("a block's items are compressed once");
            }
            compressed = true;
            int countBytes = varLongSize(count);
            int from = COUNT_ROOM - countBytes;
            ObservationDetails.Packer countOnly = new ObservationDetails.Packer(10);
            countOnly.varLong(count);
            System.arraycopy(countOnly.bytes, 0, plain.bytes, from, countBytes);
            byte[] block = compress(plain.bytes, from, plain.size - from);
            BlockBuffers.giveBack(plain.bytes);
            return block;
        }

        private static int varLongSize(long value) {
            int size = 1;
            for (long rest = value >>> 7; rest != 0; rest >>>= 7) {
                size++;
            }
            return size;
        }
    }

    /** Items already laid out (a varint count, then each item's varint length and bytes), compressed. */
    private static byte[] compress(byte[] plain, int from, int length) {
        ObservationDetails.Packer out = new ObservationDetails.Packer(BlockBuffers.borrow(
                (int) Zstd.compressBound(length) + 11));
        out.bytes[out.size++] = FORMAT;
        out.varLong(length);
        long written;
        ZstdCompressCtx context = CompressionContexts.borrow(LEVEL);
        boolean reusable = false;
        try {
            written = context.compressByteArray(out.bytes, out.size, out.bytes.length - out.size, plain, from,
                    length);
            reusable = true;
        } catch (ZstdException e) {
            throw new ObservationStoreException("cannot compress a batch of events (" + e.getMessage() + ")", e);
        } finally {
            // a context that failed half-way is not trusted with the next block
            if (reusable) {
                CompressionContexts.giveBack(context);
            } else {
                context.close();
            }
        }
        if (Zstd.isError(written)) {
            throw new ObservationStoreException("cannot compress a batch of events (" + Zstd.getErrorName(written) + ")");
        }
        byte[] block = Arrays.copyOf(out.bytes, out.size + (int) written);
        BlockBuffers.giveBack(out.bytes);
        return block;
    }

    /** A stored block, uncompressed; its events' JSON are made into strings only when asked for. */
    static RawBlock unpack(byte[] stored) {
        ObservationDetails.Unpacker header = new ObservationDetails.Unpacker(stored);
        if (stored.length == 0 || stored[header.at++] != FORMAT) {
            throw new ObservationStoreException("a stored block of events is in an unknown format; "
                    + "use a newer workbench");
        }
        long length = header.varLong();
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw damaged("its length is " + length);
        }
        byte[] plain = new byte[(int) length];
        long read;
        try {
            read = Zstd.decompressByteArray(plain, 0, plain.length, stored, header.at, stored.length - header.at);
        } catch (ZstdException e) {
            throw damaged(e.getMessage());
        }
        if (Zstd.isError(read)) {
            throw damaged(Zstd.getErrorName(read));
        }
        if (read != length) {
            throw damaged("it holds " + read + " of " + length + " bytes");
        }
        ObservationDetails.Unpacker in = new ObservationDetails.Unpacker(plain);
        long count = in.varLong();
        if (count < 0 || count > plain.length) {
            throw damaged("it claims " + count + " events");
        }
        int[] bounds = new int[2 * (int) count];
        for (int i = 0; i < count; i++) {
            long size = in.varLong();
            if (size < 0 || size > plain.length - in.at) {
                throw damaged("event " + i + " runs past its end");
            }
            bounds[2 * i] = in.at;
            in.at += (int) size;
            bounds[2 * i + 1] = in.at;
        }
        return new RawBlock(plain, bounds);
    }

    int size() {
        return bounds.length / 2;
    }

    /** What the block takes in memory, uncompressed. */
    long plainBytes() {
        return plain.length + 4L * bounds.length;
    }

    /** The JSON of the event in {@code slot}. */
    String event(int slot) {
        checkSlot(slot);
        return new String(plain, bounds[2 * slot], bounds[2 * slot + 1] - bounds[2 * slot], StandardCharsets.UTF_8);
    }

    /** The bytes of the item in {@code slot}. */
    byte[] item(int slot) {
        checkSlot(slot);
        return Arrays.copyOfRange(plain, bounds[2 * slot], bounds[2 * slot + 1]);
    }

    private void checkSlot(int slot) {
        if (slot < 0 || slot >= size()) {
            throw new ObservationStoreException("a stored observation points at item " + slot
                    + " of a block of " + size());
        }
    }

    private static ObservationStoreException damaged(String why) {
        return new ObservationStoreException("a stored block of events is damaged (" + why + ")");
    }
}
