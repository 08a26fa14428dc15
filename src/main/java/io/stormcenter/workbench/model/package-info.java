/**
 * The immutable attack-defense tree: {@link io.stormcenter.workbench.model.AttackTree}, its
 * {@link io.stormcenter.workbench.model.Node}s, gates, estimates, technique tags and trip-wire
 * specs, the edits that turn one tree into the next, and validation. Imports nothing of the
 * workbench and no JavaFX; every other package may import it.
 */
package io.stormcenter.workbench.model;
