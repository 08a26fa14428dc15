package io.stormcenter.workbench.analysis;

/**
 * A figure with its 90 % credible interval. {@code low} and {@code high} are NaN where the interval
 * was not computed (inner nodes of very large trees).
 */
public record Interval(double value, double low, double high) {

    public static Interval point(double value) {
        return new Interval(value, value, value);
    }

    public boolean hasBounds() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    public Interval times(double factor) {
        return new Interval(value * factor, low * factor, high * factor);
    }
}
