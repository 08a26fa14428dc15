package io.stormcenter.workbench.analysis;

/** What order attack scenarios are ranked in. */
public enum Ranking {
    MOST_LIKELY,
    CHEAPEST,
    FASTEST
}
