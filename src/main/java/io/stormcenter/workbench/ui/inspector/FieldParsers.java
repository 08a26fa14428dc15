package io.stormcenter.workbench.ui.inspector;

import java.util.Locale;
import java.util.function.Function;

/** Parsers for the inspector's fields: blank means "not set"; the exception message is the reason shown. */
final class FieldParsers {

    private FieldParsers() {
    }

    static Function<String, Double> decimal(String what, double min, double max, boolean minExclusive) {
        return text -> {
            if (text == null || text.isBlank()) {
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(text.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a number, e.g. " + example(min, max));
            }
            if (!Double.isFinite(value) || value < min || (minExclusive && value == min) || value > max) {
                throw new IllegalArgumentException(what + " must lie in " + range(min, max, minExclusive));
            }
            return value;
        };
    }

    static Function<String, Integer> whole(String what, int min, int max) {
        return text -> {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value < min || value > max) {
                    throw new IllegalArgumentException(what + " must lie in " + min + ".." + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number " + min + ".." + max);
            }
        };
    }

    static String format(Double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return Double.toString(value);
    }

    private static String range(double min, double max, boolean minExclusive) {
        String low = (minExclusive ? "more than " : "") + format(min);
        return Double.isInfinite(max) ? (minExclusive ? low : format(min) + " or more") : low + ".." + format(max);
    }

    private static String example(double min, double max) {
        return Double.isInfinite(max) ? "1500" : "0.25";
    }
}
