package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.heat.TimeWindow;
import java.time.Duration;
import java.time.Instant;

/**
 * The time windows the heat panel offers. While a collection runs, the relative windows (1 h, 24 h,
 * 7 d) end now and slide with the clock, as a monitoring tool's "last 24 h" does. A recorded capture
 * or a replay has no "now" of its own, so there they end at the newest observation, and the heat it
 * was recorded to show stays in view. Live follows what arrives.
 */
public enum WindowChoice {
    LIVE("Live", null),
    HOUR("1 h", Duration.ofHours(1)),
    DAY("24 h", Duration.ofHours(24)),
    WEEK("7 d", Duration.ofDays(7)),
    ALL("All", null),
    CUSTOM("Custom", null);

    private final String title;
    private final Duration length;

    WindowChoice(String title, Duration length) {
        this.title = title;
        this.length = length;
    }

    public String title() {
        return title;
    }

    /** Whether this is a length of time back from an end (1 h, 24 h, 7 d). */
    public boolean relative() {
        return length != null;
    }

    /**
     * The window this choice stands for in a capture or replay.
     *
     * @param newest the newest observation's time (the end of the relative windows), or null when there is none
     */
    public TimeWindow window(Instant newest, Instant customFrom, Instant customTo) {
        if (this == CUSTOM) {
            return new TimeWindow(customFrom, customTo);
        }
        if (length == null || newest == null) {
            return TimeWindow.ALL;
        }
        return TimeWindow.last(length, newest.plusNanos(1));
    }

    /**
     * The window this choice stands for while collecting: a relative one starts its length before {@code now}.
     * Its end stays open, so that an event stamped by a sensor whose clock runs a little ahead of ours still
     * counts (and joins the live tracker) when it arrives. Custom windows are the user's, and never move.
     */
    public TimeWindow upToNow(Instant now, Instant customFrom, Instant customTo) {
        if (length == null) {
            return window(null, customFrom, customTo);
        }
        return new TimeWindow(now.minus(length), null);
    }

    /** What the relative window ends at, said under the selector: now, or the newest event; nothing for the others. */
    public String endText(boolean collecting) {
        if (length == null) {
            return "";
        }
        return collecting ? "Last " + title + " up to now" : title + " up to the newest event";
    }
}
