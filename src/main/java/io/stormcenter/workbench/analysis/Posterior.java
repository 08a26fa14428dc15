package io.stormcenter.workbench.analysis;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The posterior of one step's probability p: a Beta(a, b) prior times the binomial likelihood of
 * each origin's k of n, where a sensor of recall q sees a success with chance p*q (DESIGN.md,
 * "Calibration"). With q = 1 everywhere this is the conjugate Beta(a+k, b+n-k); with q &lt; 1 it has
 * no closed form, so the density is tabulated on a fine grid of p and integrated: mean, quantiles
 * and draws all come from that one table.
 */
public final class Posterior {

    /** Cells of the grid over [0, 1]: quantiles are exact to well under 0.001. */
    static final int CELLS = 2048;

    /** One origin's observation: k of n, seen by sensors of recall q. */
    public record Observation(int reached, int opportunities, double recall) {
        public Observation {
            if (!(recall > 0 && recall <= 1)) {
                throw new IllegalArgumentException("a sensor's recall must lie in (0, 1], got " + recall);
            }
        }
    }

    private final double a;
    private final double b;
    private final double mean;
    /** cdf[i] = P(p &lt;= (i+1)/CELLS). */
    private final double[] cdf;

    private Posterior(double a, double b, double mean, double[] cdf) {
        this.a = a;
        this.b = b;
        this.mean = mean;
        this.cdf = cdf;
    }

    /** The prior Beta(p0*n0, (1-p0)*n0) of an estimate p0 worth n0 observations. */
    public static Posterior prior(double estimate, double weight) {
        return of(estimate, weight, List.of());
    }

    public static Posterior of(double estimate, double weight, List<Observation> observations) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("a prior's weight must be positive, got " + weight);
        }
        // p0 of exactly 0 or 1 would make an improper prior that no evidence can move
        double p0 = Math.min(1 - 1e-3, Math.max(1e-3, estimate));
        double a = p0 * weight;
        double b = (1 - p0) * weight;
        double[] logDensity = new double[CELLS];
        double max = Double.NEGATIVE_INFINITY;
        boolean conjugate = true;
        int k = 0;
        int n = 0;
        for (Observation o : observations) {
            conjugate &= o.recall() == 1;
            k += o.reached();
            n += o.opportunities();
        }
        for (int i = 0; i < CELLS; i++) {
            double p = (i + 0.5) / CELLS;
            double log = (a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p);
            for (Observation o : observations) {
                double seen = p * o.recall();
                log += o.reached() * Math.log(seen) + (o.opportunities() - o.reached()) * Math.log1p(-seen);
            }
            logDensity[i] = log;
            max = Math.max(max, log);
        }
        double[] cdf = new double[CELLS];
        double total = 0;
        double moment = 0;
        for (int i = 0; i < CELLS; i++) {
            double mass = Math.exp(logDensity[i] - max);
            total += mass;
            moment += mass * (i + 0.5) / CELLS;
            cdf[i] = total;
        }
        for (int i = 0; i < CELLS; i++) {
            cdf[i] /= total;
        }
        double mean = conjugate ? (a + k) / (a + b + n) : moment / total;
        return new Posterior(a + (conjugate ? k : 0), b + (conjugate ? n - k : 0), mean, cdf);
    }

    public double mean() {
        return mean;
    }

    /** The value below which a share {@code u} of the posterior lies (linear within a grid cell). */
    public double quantile(double u) {
        int lo = 0;
        int hi = CELLS - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        double below = lo == 0 ? 0 : cdf[lo - 1];
        double share = cdf[lo] > below ? (u - below) / (cdf[lo] - below) : 0.5;
        return (lo + Math.max(0, Math.min(1, share))) / CELLS;
    }

    /** The 90 % central credible interval's lower end. */
    public double low() {
        return quantile(0.05);
    }

    /** The 90 % central credible interval's upper end. */
    public double high() {
        return quantile(0.95);
    }

    /** One draw, by inverting the tabulated distribution. */
    public double sample(SplittableRandom random) {
        return quantile(random.nextDouble());
    }

    /** The Beta parameters when the posterior is conjugate (all recalls 1), else the prior's. */
    public double alpha() {
        return a;
    }

    public double beta() {
        return b;
    }
}
