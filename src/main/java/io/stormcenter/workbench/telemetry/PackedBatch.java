package io.stormcenter.workbench.telemetry;

import java.util.Arrays;
import java.util.List;

/**
 * A batch as {@link JdbcObservationStore} writes it, laid out observation by observation as each
 * is added: its packed {@link ObservationDetails} and its event's JSON (the batch's two blocks),
 * whether it may be kept without a row, and its event time. A replaced observation (a streaming
 * retry settled after the batch was read, rare) makes the batch be laid out again whole.
 */
final class PackedBatch extends ObservationBatch {

    private RawBlock.Items details;
    private RawBlock.Items events;
    private boolean[] mayBeLoose;
    private long[] eventNanos;
    private SensorKind[] sources;
    /** Per slot, its dedup key and that key's hash, for the store's duplicate check ({@link KeySet}). */
    private String[] keys;
    private int[] keyHashes;
    /** Per slot, whether {@link #digests} holds its key's digest: the timed key of its source and time. */
    private boolean[] digested;
    /** Per slot, 16 bytes: its key's digest, taken as it is added (see {@link LooseIndex}). */
    private byte[] digests;
    private boolean stale;

    PackedBatch(int expected) {
        super(expected);
        int room = Math.max(16, expected);
        details = new RawBlock.Items(room, 256);
        events = new RawBlock.Items(room, 1024);
        mayBeLoose = new boolean[room];
        eventNanos = new long[room];
        sources = new SensorKind[room];
        keys = new String[room];
        keyHashes = new int[room];
        digested = new boolean[room];
        digests = new byte[room * EventNormaliser.DIGEST_BYTES];
    }

    static PackedBatch of(List<Observation> observations) {
        PackedBatch batch = new PackedBatch(observations.size());
        observations.forEach(observation -> batch.add(observation));
        return batch;
    }

    @Override
    void added(int index, Observation observation, byte[] rawUtf8) {
        if (stale) {
            return;
        }
        if (index == mayBeLoose.length) {
            mayBeLoose = Arrays.copyOf(mayBeLoose, 2 * index);
            eventNanos = Arrays.copyOf(eventNanos, 2 * index);
            sources = Arrays.copyOf(sources, 2 * index);
            keys = Arrays.copyOf(keys, 2 * index);
            keyHashes = Arrays.copyOf(keyHashes, 2 * index);
            digested = Arrays.copyOf(digested, 2 * index);
            digests = Arrays.copyOf(digests, 2 * index * EventNormaliser.DIGEST_BYTES);
        }
        ObservationDetails.packInto(details.next(), observation, index);
        details.addNext();
        if (rawUtf8 == null) {
            events.addText(observation.raw());
        } else {
            events.add(rawUtf8, rawUtf8.length);
        }
        long nanos = JdbcObservationStore.nanos(observation.eventTime());
        eventNanos[index] = nanos;
        sources[index] = observation.source();
        // the key's digest now, while the key is in the processor's cache: the loose index keeps it
        digested[index] = observation.matches().isEmpty() && EventNormaliser.timedKeyDigest(observation.dedupKey(),
                observation.source().key(), nanos, digests, index * EventNormaliser.DIGEST_BYTES);
        mayBeLoose[index] = digested[index] || LooseIndex.mayBeLoose(observation, nanos);
        keys[index] = observation.dedupKey();
        keyHashes[index] = keys[index].hashCode();
    }

    @Override
    void replaced(int index) {
        stale = true;
    }

    /** This batch, or the same observations laid out again when one was replaced since. */
    PackedBatch current() {
        return stale ? of(observations()) : this;
    }

    byte[] detailsBlock() {
        return details.compressed();
    }

    byte[] eventsBlock() {
        return events.compressed();
    }

    boolean mayBeLoose(int slot) {
        return mayBeLoose[slot];
    }

    long eventNanos(int slot) {
        return eventNanos[slot];
    }

    String key(int slot) {
        return keys[slot];
    }

    /** The slot's key's {@code hashCode()}, taken as it was added. */
    int keyHash(int slot) {
        return keyHashes[slot];
    }

    SensorKind source(int slot) {
        return sources[slot];
    }

    /** Writes the 16 bytes of the slot's key's digest at {@code into[at]}, or returns false: its key is not a timed key. */
    boolean keyDigest(int slot, byte[] into, int at) {
        if (!digested[slot]) {
            return false;
        }
        System.arraycopy(digests, slot * EventNormaliser.DIGEST_BYTES, into, at, EventNormaliser.DIGEST_BYTES);
        return true;
    }
}
