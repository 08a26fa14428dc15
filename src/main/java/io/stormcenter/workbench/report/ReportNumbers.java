package io.stormcenter.workbench.report;

import io.stormcenter.workbench.analysis.Interval;
import java.util.Locale;

/** How the report writes its figures: probabilities to two places, money in whole units. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    static String probability(double p) {
        if (Double.isNaN(p)) {
            return "\u2013";
        }
        return String.format(Locale.ROOT, p > 0 && p < 0.01 ? "%.3f" : "%.2f", p);
    }

    static String money(double amount) {
        if (Double.isNaN(amount)) {
            return "\u2013";
        }
        if (Double.isInfinite(amount)) {
            return "unbounded";
        }
        return String.format(Locale.ROOT, "$%,.0f", amount);
    }

    static String interval(Interval interval, boolean money) {
        String value = money ? money(interval.value()) : probability(interval.value());
        if (!interval.hasBounds()) {
            return value;
        }
        return value + " (" + (money ? money(interval.low()) : probability(interval.low())) + "\u2013"
                + (money ? money(interval.high()) : probability(interval.high())) + ")";
    }

    static String risk(double value, boolean money) {
        return money ? money(value) : probability(value) + " (probability)";
    }

    static String hours(double h) {
        if (Double.isInfinite(h) || Double.isNaN(h)) {
            return "\u2013";
        }
        return h < 1 ? String.format(Locale.ROOT, "%.0f min", h * 60)
                : h < 48 ? String.format(Locale.ROOT, "%.1f h", h) : String.format(Locale.ROOT, "%.1f d", h / 24);
    }

    static String ratio(double perCost, boolean money) {
        if (Double.isNaN(perCost)) {
            return "no cost given";
        }
        if (Double.isInfinite(perCost)) {
            return "free";
        }
        return money ? String.format(Locale.ROOT, "%.2f per $", perCost)
                : String.format(Locale.ROOT, "%.2e per $", perCost);
    }
}
