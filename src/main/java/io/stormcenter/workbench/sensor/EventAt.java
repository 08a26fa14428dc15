package io.stormcenter.workbench.sensor;

/** An event read from a file or stream, with where it was. */
public record EventAt<E extends SensorEvent>(E event, EventPosition position) {
}
