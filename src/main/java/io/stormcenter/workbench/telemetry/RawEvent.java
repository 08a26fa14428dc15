package io.stormcenter.workbench.telemetry;

import java.util.Objects;

/**
 * One event as a source received it, before parsing: the sensor that wrote it, its JSON text
 * (one event, not a list), and where it came from, so a malformed one can be reported
 * ({@code trace.jsonl:12}, {@code POST /v1/audit items[3]}, {@code topic-0@4711}).
 */
public record RawEvent(SensorKind sensor, String json, String position) {

    public RawEvent {
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(json, "json");
        position = position == null ? "" : position;
    }
}
