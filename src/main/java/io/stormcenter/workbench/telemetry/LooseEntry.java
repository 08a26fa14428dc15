package io.stormcenter.workbench.telemetry;

import java.util.Comparator;

/**
 * An observation kept only in its batch's block (see {@link LooseIndex}): what queries select by,
 * and where in the block its details and its event's JSON lie.
 *
 * @param block the {@code observation_raw} row of its batch
 * @param slot  its place in that block's details
 * @param time  its event time, nanoseconds since the epoch
 */
record LooseEntry(long block, int slot, long time, SensorKind source, String dedupKey) {

    /** The order of a scan: event time, then dedup key. */
    static final Comparator<LooseEntry> OLDEST_FIRST = Comparator.comparingLong(LooseEntry::time)
            .thenComparing(LooseEntry::dedupKey);
}
