package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.analysis.Blocked;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import java.util.Locale;

/** Which attribute domain the cards' badges show: the leaf's estimate and the computed value. */
public enum BadgeDomain {
    PROBABILITY("Probability", "p"),
    COST("Cost", "$"),
    TIME("Time", "t"),
    SKILL("Skill", "skill"),
    /**
     * The estimate corrected by the evidence: what was observed (k of n) and the calibrated probability.
     * Its figures live with the calibration (the window supplies them, {@code CalibratedBadges}); on its
     * own it shows the probabilities.
     */
    CALIBRATED("Calibrated", "p"),
    /**
     * What was observed: the sessions that reached each node. Its figures live with the heat (the
     * window supplies them, {@link HeatOverlay#badges}); on its own it shows nothing.
     */
    HEAT("Heat (sessions)", "");

    private final String title;
    private final String prefix;

    BadgeDomain(String title, String prefix) {
        this.title = title;
        this.prefix = prefix;
    }

    public String title() {
        return title;
    }

    /** The leaf's own estimate in this domain, or null when not estimated. */
    public String estimateText(Estimates estimates) {
        return switch (this) {
            case PROBABILITY, CALIBRATED -> estimates.probability() == null ? null
                    : prefix + " " + probability(estimates.probability());
            case COST -> estimates.cost() == null ? null : money(estimates.cost());
            case TIME -> estimates.timeHours() == null ? null : hours(estimates.timeHours());
            case SKILL -> estimates.skill() == null ? null : prefix + " " + estimates.skill();
            case HEAT -> null;
        };
    }

    /** The computed value in this domain. */
    public String valueText(NodeValues values) {
        if (values == null) {
            return null;
        }
        return switch (this) {
            case PROBABILITY, CALIBRATED -> probability(values.probability());
            case COST -> money(values.cost());
            case TIME -> hours(values.timeHours());
            case SKILL -> values.skill() == Integer.MAX_VALUE ? Blocked.WORD : "skill " + values.skill();
            case HEAT -> null;
        };
    }

    /** The two badges of a card in this domain, for the tree's picture. */
    public CardTexts cardTexts() {
        return new CardTexts() {
            @Override
            public String estimate(Node leaf) {
                return estimateText(leaf.estimates());
            }

            @Override
            public String value(NodeValues values) {
                return valueText(values);
            }
        };
    }

    public static String probability(double p) {
        return String.format(Locale.ROOT, p >= 0.995 || p == 0 ? "%.0f" : p < 0.01 ? "%.3f" : "%.2f", p);
    }

    /** Money for a badge; an infinite cost (no sure way past a defence, a step without a cost) is {@link Blocked#WORD}. */
    public static String money(double cost) {
        if (Double.isInfinite(cost) || Double.isNaN(cost)) {
            return Blocked.WORD;
        }
        if (cost >= 1_000_000) {
            return String.format(Locale.ROOT, "$%.1fM", cost / 1_000_000);
        }
        if (cost >= 10_000) {
            return String.format(Locale.ROOT, "$%.0fk", cost / 1000);
        }
        return String.format(Locale.ROOT, "$%,.0f", cost);
    }

    /** Hours for a badge; an infinite time is {@link Blocked#WORD}. */
    public static String hours(double h) {
        if (Double.isInfinite(h) || Double.isNaN(h)) {
            return Blocked.WORD;
        }
        if (h < 1) {
            return String.format(Locale.ROOT, "%.0f min", h * 60);
        }
        if (h < 48) {
            return String.format(Locale.ROOT, h == Math.rint(h) ? "%.0f h" : "%.1f h", h);
        }
        return String.format(Locale.ROOT, "%.1f d", h / 24);
    }

    @Override
    public String toString() {
        return title;
    }
}
