package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.heat.TimeWindow;
import java.time.Duration;
import java.time.Instant;

/**
 * The time windows the heat panel offers. A recorded capture has no "now" of its own, so the
 * relative windows end at the newest observation, not at the wall clock; live follows what arrives.
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

    /**
     * The window this choice stands for.
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
}
