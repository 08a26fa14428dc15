package io.stormcenter.workbench.analysis;

/** What order attack scenarios are ranked in. */
public enum Ranking {
    /** Highest probability first. */
    MOST_LIKELY,
    /** Lowest cost first. */
    CHEAPEST,
    /** Shortest time first. */
    FASTEST;

    /** The value this ranking sorts by, smaller first. */
    double score(double probability, double cost, double timeHours) {
        return switch (this) {
            case MOST_LIKELY -> -probability;
            case CHEAPEST -> cost;
            case FASTEST -> timeHours;
        };
    }

    /** The value ties are broken by: the next domain in the order probability, cost, time. */
    double tieBreak(double probability, double cost, double timeHours) {
        return switch (this) {
            case MOST_LIKELY -> cost;
            case CHEAPEST -> -probability;
            case FASTEST -> -probability;
        };
    }
}
