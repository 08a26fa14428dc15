package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.heat.Heat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.TimeWindow;
import java.time.Instant;
import java.util.List;

/**
 * What the panel shows at one moment: the heat and sessions of the window up to the scrubber, and
 * the span the timeline covers.
 *
 * @param first the earliest observation of the window (the timeline's start), or null when empty
 * @param last  the newest observation of the window (the timeline's end), or null when empty
 * @param seen  how many observations the panel had when this was made (all windows): what a repaint
 *              of it shows at the latest
 */
public record HeatSnapshot(TimeWindow window, Heat heat, List<Session> sessions, Instant first, Instant last,
                           int seen) {

    public HeatSnapshot {
        sessions = List.copyOf(sessions);
    }

    public static HeatSnapshot empty() {
        return new HeatSnapshot(TimeWindow.ALL, Heat.none(TimeWindow.ALL), List.of(), null, null, 0);
    }
}
