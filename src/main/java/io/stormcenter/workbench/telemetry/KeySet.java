package io.stormcenter.workbench.telemetry;

import java.util.Arrays;
import java.util.Objects;

/**
 * Dedup keys with the hashes taken while each key was fresh ({@link PackedBatch}): a look-up
 * compares hashes, and reads a key only when its hash is equal. By the time a batch is committed,
 * its thousands of keys have left the processor's cache; a {@code HashSet} asked about each read
 * each key's string back from memory to hash it, which was most of deciding where a batch's events
 * go ({@link LooseKeys}). Open addressing, linear probing; only added to.
 */
final class KeySet {

    private int[] hashes;
    private String[] keys;
    private int size;

    KeySet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        hashes = new int[capacity];
        keys = new String[capacity];
    }

    /**
     * Adds the key, whose {@code hashCode()} is {@code hash}; false when it is in the set already.
     */
    boolean add(int hash, String key) {
        int at = slotOf(hash, key);
        if (keys[at] != null) {
            return false;
        }
        keys[at] = key;
        hashes[at] = hash;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    /** Whether the key, whose {@code hashCode()} is {@code hash}, is in the set. */
    boolean contains(int hash, String key) {
        return size > 0 && keys[slotOf(hash, key)] != null;
    }

    int size() {
        return size;
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slotOf(int hash, String key) {
        int mask = keys.length - 1;
        int at = spread(hash) & mask;
        while (keys[at] != null && (hashes[at] != hash || !keys[at].equals(key))) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldHashes = hashes;
        String[] oldKeys = keys;
        hashes = new int[2 * oldKeys.length];
        keys = new String[2 * oldKeys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int at = spread(oldHashes[i]) & mask;
                while (keys[at] != null) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                hashes[at] = oldHashes[i];
            }
        }
    }

    @Override
    public String toString() {
        return Arrays.stream(keys).filter(Objects::nonNull).sorted().toList().toString();
    }
}
