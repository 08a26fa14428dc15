package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.Objects;

/**
 * One event as a source received it: the sensor that wrote it, its JSON text (one event, not a
 * list), and where it came from, so a problem can be reported ({@code trace.jsonl:12},
 * {@code POST /v1/audit items[3]}, {@code topic-0@4711}). A source whose reader already parsed
 * the event (a file read through the sensor readers' streams) hands it over as well, so it is
 * not parsed twice.
 *
 * @param parsed the event already parsed from {@code json}, or null for the ingestion to parse
 */
public record RawEvent(SensorKind sensor, String json, String position, SensorEvent parsed) {

    public RawEvent {
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(json, "json");
        position = position == null ? "" : position;
        if (parsed != null && SensorKind.of(parsed) != sensor) {
            throw new IllegalArgumentException("a " + SensorKind.of(parsed).key() + " event handed in as "
                    + sensor.key());
        }
    }

    /** An event for the ingestion to parse. */
    public RawEvent(SensorKind sensor, String json, String position) {
        this(sensor, json, position, null);
    }

    /** An event a reader already parsed, with the JSON it was parsed from. */
    public static RawEvent parsed(SensorEvent event, String json, String position) {
        return new RawEvent(SensorKind.of(event), json, position, event);
    }
}
