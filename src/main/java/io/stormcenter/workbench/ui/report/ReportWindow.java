package io.stormcenter.workbench.ui.report;

import io.stormcenter.workbench.heat.TimeWindow;
import java.time.Duration;
import java.time.Instant;

/**
 * The windows of observations a report offers. As in the heat panel, a recorded capture has no
 * "now" of its own, so the relative windows end at the newest observation, not at the wall clock.
 */
public enum ReportWindow {
    ALL("All observations", null),
    MONTH("Last 30 days", Duration.ofDays(30)),
    WEEK("Last 7 days", Duration.ofDays(7)),
    DAY("Last 24 hours", Duration.ofHours(24));

    private final String title;
    private final Duration length;

    ReportWindow(String title, Duration length) {
        this.title = title;
        this.length = length;
    }

    /** The window ending just after {@code newest} (null when there is nothing observed: then all). */
    public TimeWindow window(Instant newest) {
        return length == null || newest == null ? TimeWindow.ALL : TimeWindow.last(length, newest.plusNanos(1));
    }

    /** How the title page says it. */
    public String label() {
        return length == null ? "all recorded observations" : title.toLowerCase(java.util.Locale.ROOT)
                + " of observations";
    }

    @Override
    public String toString() {
        return title;
    }
}
