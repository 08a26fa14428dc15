package io.stormcenter.workbench.telemetry;

/**
 * One trip-wire an event concerns.
 *
 * @param reason why it was excluded (the identity the plan excludes), else null
 */
public record TripwireMatch(String tripwireId, String nodeId, Outcome outcome, String reason) {
}
