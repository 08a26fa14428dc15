/**
 * Correlation of observations into attacker sessions, traversals of the tree and edge heat over a time window. Imports {@code model}, {@code analysis}, {@code sensor}, {@code honeycluster} and {@code telemetry}.
 */
package io.stormcenter.workbench.heat;
