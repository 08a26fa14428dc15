package io.stormcenter.workbench.telemetry;

/**
 * One trip-wire an event concerns.
 *
 * @param reason why it was excluded (the identity the plan excludes) or counts as another's attempt, else null
 */
public record TripwireMatch(String tripwireId, String nodeId, Outcome outcome, String reason) {

    /** This match as part of an attempt that another observation counts, saying which. */
    TripwireMatch sameAttemptAs(String why) {
        return outcome.fired() ? new TripwireMatch(tripwireId, nodeId, Outcome.SAME_ATTEMPT, why) : this;
    }
}
