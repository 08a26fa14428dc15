package io.stormcenter.workbench.telemetry;

import java.util.List;

/**
 * What became of one batch.
 *
 * @param read      events handed in (malformed ones included)
 * @param stored    new observations committed
 * @param known     events already in the store (a replay or a redelivery): nothing was written for them
 * @param matched   events, new or known, that fired a trip-wire (counted or denied)
 * @param malformed events skipped, with their positions
 */
public record BatchResult(int read, int stored, int known, int matched, List<RejectedEvent> malformed) {

    public static final BatchResult EMPTY = new BatchResult(0, 0, 0, 0, List.of());

    public BatchResult {
        malformed = List.copyOf(malformed);
    }

    public BatchResult plus(BatchResult other) {
        List<RejectedEvent> all = new java.util.ArrayList<>(malformed);
        all.addAll(other.malformed);
        return new BatchResult(read + other.read, stored + other.stored, known + other.known,
                matched + other.matched, all);
    }
}
