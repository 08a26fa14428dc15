package io.stormcenter.workbench.telemetry;

/**
 * How fast a recorded file is replayed: at the pace its events were recorded ({@code 1}),
 * faster ({@code 10} for ten times), or as fast as the store takes them ({@link #MAX}).
 *
 * @param factor how many recorded seconds pass per replayed second; 0 for as fast as possible
 */
public record ReplaySpeed(double factor) {

    public static final ReplaySpeed MAX = new ReplaySpeed(0);
    public static final ReplaySpeed RECORDED = new ReplaySpeed(1);

    public ReplaySpeed {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a replay speed is a positive factor or max");
        }
    }

    /** {@code max}, {@code 1}, {@code 10}, {@code x10}, {@code 2.5x}. */
    public static ReplaySpeed parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("max")) {
            return MAX;
        }
        if (value.startsWith("x")) {
            value = value.substring(1);
        } else if (value.endsWith("x")) {
            value = value.substring(0, value.length() - 1);
        }
        double factor;
        try {
            factor = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a speed: give a factor such as 1, 10 or x10, or max");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("'" + text + "' is not a speed: the factor must be above 0");
        }
        return new ReplaySpeed(factor);
    }

    public boolean isMax() {
        return factor == 0;
    }
}
