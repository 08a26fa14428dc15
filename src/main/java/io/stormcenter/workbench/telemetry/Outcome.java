package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.honeycluster.MatchOutcome;
import java.util.Arrays;

/** What an observation counts for (DESIGN.md: a forbidden attempt is still an attempt; ourselves never count). */
public enum Outcome {
    /** A trip-wire fired: evidence of an attacker's step. */
    COUNTED("counted"),
    /** A trip-wire's event that the API server refused: an attempt, kept and marked. */
    DENIED("denied"),
    /**
     * A trip-wire's event that is a second try of an attempt another observation counts: kubectl
     * retries a refused WebSocket exec over SPDY, and the API server audits both (see StreamingRetries).
     */
    SAME_ATTEMPT("same-attempt"),
    /** A trip-wire's event by an identity the plan excludes (the workbench, the platform at work). */
    EXCLUDED("excluded"),
    /** No trip-wire's event: kept as context for sessions. */
    UNMATCHED("unmatched");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean fired() {
        return this == COUNTED || this == DENIED;
    }

    static Outcome of(MatchOutcome outcome) {
        return switch (outcome) {
            case HIT -> COUNTED;
            case DENIED -> DENIED;
            case EXCLUDED -> EXCLUDED;
            case MISS -> UNMATCHED;
        };
    }

    public static Outcome fromKey(String key) {
        for (Outcome outcome : values()) {
            if (outcome.key.equals(key)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + key + "' (expected one of "
                + Arrays.stream(values()).map(Outcome::key).toList() + ")");
    }
}
