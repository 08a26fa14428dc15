package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.Blocked;
import java.util.Locale;

/** Numbers as a person reads them on a terminal: fixed locale, units, and words for the unreachable. */
final class Figures {

    /** What an infinite cost or time and an unreachable skill are called; {@link #BLOCKED_NOTE} explains it. */
    static final String UNREACHABLE = Blocked.WORD;

    static final String BLOCKED_NOTE = Blocked.EXPLANATION;

    private Figures() {
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    static String money(double amount) {
        if (Double.isInfinite(amount)) {
            return UNREACHABLE;
        }
        return amount == Math.rint(amount) || Math.abs(amount) >= 1000
                ? String.format(Locale.ROOT, "%,.0f", amount)
                : String.format(Locale.ROOT, "%,.2f", amount);
    }

    static String hours(double hours) {
        if (Double.isInfinite(hours)) {
            return UNREACHABLE;
        }
        String number = hours == Math.rint(hours)
                ? String.format(Locale.ROOT, "%,.0f", hours)
                : String.format(Locale.ROOT, "%,.2f", hours).replaceAll("0$", "");
        return number + " h";
    }

    static String skill(int level) {
        return level == Integer.MAX_VALUE ? UNREACHABLE : level + " of 5";
    }

    /** "1 node", "3 nodes". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
