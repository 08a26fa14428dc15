package io.stormcenter.workbench.model;

/**
 * Node id to node position, for the one lookup every tree needs. Open addressing with each
 * slot's hash and position packed in one long, the ids beside them: a probe reads one array
 * element and compares strings only when the hashes agree. A {@code HashMap<String, Integer>}
 * would allocate an entry and a boxed position per node and follow three references per probe;
 * on a 100,000-node tree both show in the time it takes to open it.
 */
final class IdTable {

    private static final long EMPTY = 0;

    private final long[] slots;
    private final String[] ids;
    private final int mask;

    IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        this.slots = new long[capacity];
        this.ids = new String[capacity];
        this.mask = capacity - 1;
    }

    /** Records a position under an id; returns the earlier position of that id (kept), or -1 when new. */
    int addIfAbsent(String id, int position) {
        int hash = spread(id.hashCode());
        int slot = slotOf(id, hash);
        if (slots[slot] != EMPTY) {
            return (int) slots[slot] - 1;
        }
        slots[slot] = ((long) hash << 32) | (position + 1L);
        ids[slot] = id;
        return -1;
    }

    /** The position recorded under this id, or -1. */
    int positionOf(String id) {
        return id == null ? -1 : (int) slots[slotOf(id, spread(id.hashCode()))] - 1;
    }

    /** The slot that holds the id, or the empty slot where it would go. */
    private int slotOf(String id, int hash) {
        int slot = hash & mask;
        for (long entry = slots[slot]; entry != EMPTY; entry = slots[slot]) {
            if ((int) (entry >>> 32) == hash && ids[slot].equals(id)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int spread(int hash) {
        // ids like n1, n2, ... differ in their last characters: mix the high bits into the low ones
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
