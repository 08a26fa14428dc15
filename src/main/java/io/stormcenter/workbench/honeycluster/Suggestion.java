package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.Tripwire;

/** A trip-wire proposed for a leaf, with the technique tag that prompted it and why it fits. */
public record Suggestion(String technique, String reason, Tripwire tripwire) {
}
