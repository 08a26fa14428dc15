package io.stormcenter.workbench.telemetry.cluster;

import java.time.Instant;

/**
 * Where a container's log was acknowledged: the timestamp of the last stored line and how many
 * lines carried that very timestamp. The log is reopened from that timestamp ({@code sinceTime}),
 * which repeats those lines; they are skipped here, so a reconnect neither loses nor repeats a line
 * (and should the clock repeat, the store's dedup key still makes a repeat a no-op).
 */
final class LogCursor {

    private Instant acknowledged;
    private int acknowledgedAtSameTime;
    private Instant pending;
    private int pendingAtSameTime;
    private int toSkip;

    LogCursor(Instant since) {
        this.acknowledged = since;
        this.pending = since;
    }

    /** The time to reopen the log from, or null for its start. */
    Instant since() {
        return acknowledged;
    }

    /** A new connection: the lines at the acknowledged timestamp that were stored come again. */
    void reopened() {
        toSkip = acknowledgedAtSameTime;
        pending = acknowledged;
        pendingAtSameTime = acknowledgedAtSameTime;
    }

    /** Whether a line of this timestamp is new (and if so, counts it as pending). */
    boolean take(Instant time) {
        if (time == null) {
            return true;
        }
        if (acknowledged != null && time.isBefore(acknowledged)) {
            return false;
        }
        if (time.equals(acknowledged) && toSkip > 0) {
            toSkip--;
            return false;
        }
        if (time.equals(pending)) {
            pendingAtSameTime++;
        } else {
            pending = time;
            pendingAtSameTime = 1;
        }
        return true;
    }

    /** Where the lines taken so far end: to acknowledge once they are stored, while later lines are taken. */
    Taken taken() {
        return new Taken(pending, pendingAtSameTime);
    }

    /** The lines taken up to {@code upTo} are stored. */
    void acknowledge(Taken upTo) {
        acknowledged = upTo.time();
        acknowledgedAtSameTime = upTo.atSameTime();
        toSkip = 0;
    }

    /** A point in the log: the timestamp of the last line taken, and how many lines carried it. */
    record Taken(Instant time, int atSameTime) {
    }
}
