package io.stormcenter.workbench.honeycluster;

/** What a matcher makes of one sensor event. */
public enum MatchOutcome {
    /** Not this trip-wire's event. */
    MISS,
    /** The trip-wire's event, by an identity the plan excludes (the workbench itself, the platform at work). */
    EXCLUDED,
    /** The trip-wire's event, but the API server refused it: an attempt that failed, still evidence. */
    DENIED,
    /** The trip-wire fired. */
    HIT;

    /** The stronger of two outcomes (HIT > DENIED > EXCLUDED > MISS). */
    MatchOutcome or(MatchOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean fired() {
        return this == HIT || this == DENIED;
    }
}
