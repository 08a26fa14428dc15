package io.stormcenter.workbench.telemetry;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The one-line status of a running collection: events/s, totals per source, matched, rejected. */
public final class StatusLine {

    private StatusLine() {
    }

    public static String of(IngestionTotals.Snapshot earlier, IngestionTotals.Snapshot now) {
        StringJoiner sources = new StringJoiner(", ");
        for (Map.Entry<SensorKind, Long> entry : now.perSource().entrySet()) {
            sources.add(entry.getKey().key() + " " + entry.getValue());
        }
        return String.format(Locale.ROOT, "%.1f events/s; %s; stored %d, already known %d; matched %d; rejected %d",
                now.rateSince(earlier), sources.length() == 0 ? "no events yet" : sources.toString(), now.stored(),
                now.known(), now.matched(), now.rejected());
    }
}
