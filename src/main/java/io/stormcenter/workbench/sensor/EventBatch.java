package io.stormcenter.workbench.sensor;

import java.util.List;

/** Every event of a whole text, in order, and the events that were skipped as malformed. */
public record EventBatch<E extends SensorEvent>(List<EventAt<E>> events, List<MalformedEvent> skipped) {

    public EventBatch {
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
    }

    /** The events alone, in order. */
    public List<E> values() {
        return events.stream().map(EventAt::event).toList();
    }
}
