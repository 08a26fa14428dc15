package io.stormcenter.workbench.model;

/** How an inner node's refining children combine into its goal. */
public enum Gate {
    /** Any one child achieves the goal. */
    OR("OR", "\u2228", false),
    /** All children, in any order (or in parallel). */
    AND("AND", "\u2227", false),
    /** All children, left to right in time. */
    SAND("SAND", "\u2192", true);

    private final String key;
    private final String symbol;
    private final boolean ordered;

    Gate(String key, String symbol, boolean ordered) {
        this.key = key;
        this.symbol = symbol;
        this.ordered = ordered;
    }

    public String key() {
        return key;
    }

    /** A short mark for canvases and reports. */
    public String symbol() {
        return symbol;
    }

    /** Whether the order of the children is part of the meaning. */
    public boolean ordered() {
        return ordered;
    }

    /** Whether every child is needed (AND and SAND). */
    public boolean conjunctive() {
        return this != OR;
    }

    public static Gate fromKey(String key) {
        for (Gate gate : values()) {
            if (gate.key.equalsIgnoreCase(key)) {
                return gate;
            }
        }
        throw new IllegalArgumentException("unknown gate '" + key + "' (expected OR, AND or SAND)");
    }
}
