package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.TripwireKind;
import java.util.List;

/**
 * One trip-wire of a plan: the node it proves, its matcher, the objects deployed for it
 * ({@code Kind/name}) and the recall assumed for its sensors.
 */
public record TripwireEntry(String tripwireId, String nodeId, TripwireKind kind, EventMatcher matcher,
                            List<String> objects, double recall) {

    public TripwireEntry {
        objects = List.copyOf(objects);
    }
}
