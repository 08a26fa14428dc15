package io.stormcenter.workbench.heat;

import java.time.Duration;
import java.time.Instant;

/**
 * A span of event time: from inclusive, to exclusive; a null end is open.
 */
public record TimeWindow(Instant from, Instant to) {

    public static final TimeWindow ALL = new TimeWindow(null, null);

    public TimeWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends after it starts: " + from + " .. " + to);
        }
    }

    /** The span that ends at {@code end} and lasts {@code length}. */
    public static TimeWindow last(Duration length, Instant end) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a window lasts more than zero: " + length);
        }
        return new TimeWindow(end.minus(length), end);
    }

    public boolean contains(Instant time) {
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }

    /** This window cut off at {@code end} (the timeline's scrubber). */
    public TimeWindow until(Instant end) {
        Instant cut = to == null || end.isBefore(to) ? end : to;
        return new TimeWindow(from == null || !cut.isBefore(from) ? from : cut, cut);
    }
}
