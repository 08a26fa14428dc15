/**
 * Attacker sessions, their traversals of the tree and edge heat over a time window (DESIGN.md
 * "Observed traversal"): {@link io.stormcenter.workbench.heat.SessionTracker} joins observations
 * by identity, token, lineage, container, pod and source IP within an inactivity gap, evaluates
 * OR/AND/SAND gates, and keeps {@link io.stormcenter.workbench.heat.Heat} up to date one
 * observation at a time; {@link io.stormcenter.workbench.heat.Baseline} suppresses learned benign
 * activity. Imports {@code model}, {@code sensor}, {@code honeycluster}, {@code deployment} and
 * {@code telemetry}; never JavaFX.
 */
package io.stormcenter.workbench.heat;
