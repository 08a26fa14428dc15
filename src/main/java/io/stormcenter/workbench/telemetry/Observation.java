package io.stormcenter.workbench.telemetry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One sensor event, normalised: when it happened and arrived, which sensor saw it and through
 * which channel, who acted, on what, which trip-wires it concerns and what it counts for, a key
 * that makes a replay or a redelivery of the same event recognisable, and the event's own JSON.
 *
 * @param eventTime    when the sensor saw it (the receive time when the event carries none)
 * @param origin       the channel it came through ({@code receiver}, {@code file}, {@code kafka:...})
 * @param object       what was touched ({@code secrets/ns/name}, a file path, {@code Pod/ns/name}), or null
 * @param matches      the trip-wires it concerns, strongest first; empty when unmatched
 * @param dedupKey     the same for every delivery of the same event
 * @param raw          the event's JSON as the sensor wrote it
 */
public record Observation(Instant eventTime, Instant receivedTime, SensorKind source, String origin, Actor actor,
                          String object, List<TripwireMatch> matches, String dedupKey, String raw) {

    private static final Comparator<TripwireMatch> STRONGEST_FIRST = Comparator.comparing(TripwireMatch::outcome);

    public Observation {
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(receivedTime, "receivedTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dedupKey, "dedupKey");
        actor = actor == null ? Actor.NONE : actor;
        origin = origin == null ? "" : origin;
        // most observations match nothing: no stream for them (a heat window makes a million)
        matches = matches == null || matches.isEmpty() ? List.of() : matches.stream().sorted(STRONGEST_FIRST).toList();
        raw = raw == null ? "" : raw;
    }

    /** What the observation counts for: its strongest match's outcome, or unmatched. */
    public Outcome outcome() {
        return matches.isEmpty() ? Outcome.UNMATCHED : matches.get(0).outcome();
    }

    /** The strongest match's trip-wire, or null when unmatched. */
    public String tripwireId() {
        return matches.isEmpty() ? null : matches.get(0).tripwireId();
    }

    /** The node the strongest match proves, or null when unmatched. */
    public String nodeId() {
        return matches.isEmpty() ? null : matches.get(0).nodeId();
    }

    /** Why the strongest match was excluded, or null. */
    public String reason() {
        return matches.isEmpty() ? null : matches.get(0).reason();
    }
}
