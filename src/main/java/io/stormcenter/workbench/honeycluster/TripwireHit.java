package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.TripwireKind;

/** A sensor event recognised as a trip-wire's (a hit, a denied attempt, or an excluded identity's act). */
public record TripwireHit(String tripwireId, String nodeId, TripwireKind kind, MatchOutcome outcome) {
}
