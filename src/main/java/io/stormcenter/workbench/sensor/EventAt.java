package io.stormcenter.workbench.sensor;

/**
 * An event read from a file or stream, with where it was.
 *
 * @param json the event's own JSON text (the line or object as written; for an item of a list,
 *             the item alone), for stores that keep what the sensor wrote; null when not kept
 */
public record EventAt<E extends SensorEvent>(E event, EventPosition position, String json) {

    public EventAt(E event, EventPosition position) {
        this(event, position, null);
    }
}
