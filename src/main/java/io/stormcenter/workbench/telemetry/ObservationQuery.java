package io.stormcenter.workbench.telemetry;

import java.time.Instant;

/**
 * Which observations to read: a time window on the event time (from inclusive, to exclusive;
 * null for open), optionally one source, one trip-wire, one node; newest first, at most
 * {@code limit} (0 for all).
 */
public record ObservationQuery(Instant from, Instant to, SensorKind source, String tripwireId, String nodeId,
                               int limit) {

    public ObservationQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more");
        }
    }

    public static ObservationQuery all() {
        return new ObservationQuery(null, null, null, null, null, 0);
    }

    public ObservationQuery since(Instant newFrom) {
        return new ObservationQuery(newFrom, to, source, tripwireId, nodeId, limit);
    }

    public ObservationQuery until(Instant newTo) {
        return new ObservationQuery(from, newTo, source, tripwireId, nodeId, limit);
    }

    public ObservationQuery from(SensorKind newSource) {
        return new ObservationQuery(from, to, newSource, tripwireId, nodeId, limit);
    }

    public ObservationQuery tripwire(String newTripwireId) {
        return new ObservationQuery(from, to, source, newTripwireId, nodeId, limit);
    }

    public ObservationQuery node(String newNodeId) {
        return new ObservationQuery(from, to, source, tripwireId, newNodeId, limit);
    }

    public ObservationQuery limit(int newLimit) {
        return new ObservationQuery(from, to, source, tripwireId, nodeId, newLimit);
    }
}
