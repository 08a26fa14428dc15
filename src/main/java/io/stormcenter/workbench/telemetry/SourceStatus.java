package io.stormcenter.workbench.telemetry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How one live source is doing, for the status line of {@code collect} and the Live panel.
 *
 * @param detail    what it is connected to or waiting for, or why it is retrying (never a credential)
 * @param events    events it delivered to the ingestion since it started
 * @param rejected  events it could not read (reported with their positions)
 * @param lastEvent when it last delivered an event, or null
 */
public record SourceStatus(String source, State state, String detail, long events, long rejected,
                           Instant lastEvent) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The life of a source. */
    public enum State {
        CONNECTING, RUNNING, RETRYING, STOPPED, FAILED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SourceStatus {
        detail = detail == null ? "" : detail;
    }

    public static SourceStatus connecting(String source, String detail) {
        return new SourceStatus(source, State.CONNECTING, detail, 0, 0, null);
    }

    public SourceStatus with(State newState, String newDetail) {
        return new SourceStatus(source, newState, newDetail, events, rejected, lastEvent);
    }

    public SourceStatus delivered(long more, long moreRejected, Instant at) {
        return new SourceStatus(source, State.RUNNING, detail, events + more, rejected + moreRejected,
                more > 0 ? at : lastEvent);
    }

    /** {@code kafka 127.0.0.1:9092: running (3 topics), 1204 events, 2 rejected, last 09:18:03 UTC}. */
    public String line() {
        StringBuilder out = new StringBuilder(source).append(": ").append(state.word());
        if (!detail.isEmpty()) {
            out.append(" (").append(detail).append(')');
        }
        out.append(", ").append(events).append(events == 1 ? " event" : " events");
        if (rejected > 0) {
            out.append(", ").append(rejected).append(" rejected");
        }
        if (lastEvent != null) {
            out.append(", last ").append(CLOCK.format(lastEvent)).append(" UTC");
        }
        return out.toString();
    }
}
