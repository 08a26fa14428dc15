package io.stormcenter.workbench.analysis;

/**
 * What an infinite cost or time, or an unreachable skill, is called wherever values are shown
 * (terminal, window, report), and the one explanation of it, so every face says the same.
 */
public final class Blocked {

    /** The word shown instead of a value that no sure attack reaches. */
    public static final String WORD = "blocked";

    public static final String EXPLANATION = "blocked: no sure way past a defence that no attack counters (ADTool's"
            + " rule; the probability still counts the chance that the defence fails), a step without an estimate,"
            + " or nothing this attacker can afford.";

    private Blocked() {
    }

    /** Whether any of a node's cost, time or skill is blocked. */
    public static boolean any(NodeValues values) {
        return values != null && (Double.isInfinite(values.cost()) || Double.isInfinite(values.timeHours())
                || values.skill() == Integer.MAX_VALUE);
    }
}
