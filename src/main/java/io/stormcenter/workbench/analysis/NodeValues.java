package io.stormcenter.workbench.analysis;

/**
 * The bottom-up values of one node (DESIGN.md, "Semantics").
 *
 * @param probability probability of success, 0..1 (0 when the profile cannot reach it)
 * @param cost        minimal attacker cost (+infinity when unreachable)
 * @param timeHours   minimal time in hours (+infinity when unreachable)
 * @param skill       minimal skill needed, 1..5 (Integer.MAX_VALUE when unreachable)
 */
public record NodeValues(double probability, double cost, double timeHours, int skill) {
}
