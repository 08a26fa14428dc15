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
        boolean conjugate = true;
        int k = 0;
        int n = 0;
        // the density is p^(A-1) (1-p)^(B-1) times a factor that is smooth on [0, 1]: every success (seen with
        // chance p*q) gives a factor p, every miss of a sensor of recall 1 a factor 1-p, and the misses of a
        // sensor of recall q < 1 the smooth (1 - p*q)^(n-k)
        double shapeA = a;
        double shapeB = b;
        for (Observation o : observations) {
            conjugate &= o.recall() == 1;
            k += o.reached();
            n += o.opportunities();
            shapeA += o.reached();
            if (o.recall() == 1) {
                shapeB += o.opportunities() - o.reached();
            }
        }
        double h = 1.0 / CELLS;
        double[] logMass = new double[CELLS];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < CELLS; i++) {
            double p = (i + 0.5) * h;
            double log = smooth(p, observations);
            if (i == 0) {
                // a shape below 1 puts a pole at 0 that the midpoint misses (for Beta(0.1, 1.9) half the mass lies
                // in this first cell): this cell's mass is integrated exactly, per cell width as the others
                log += logEdgeMass(h, shapeA, shapeB) - Math.log(h);
            } else if (i == CELLS - 1) {
                log += logEdgeMass(h, shapeB, shapeA) - Math.log(h);
            } else {
                log += (shapeA - 1) * Math.log(p) + (shapeB - 1) * Math.log1p(-p);
            }
            logMass[i] = log;
            max = Math.max(max, log);
        }
        double[] cdf = new double[CELLS];
        double total = 0;
        double moment = 0;
        for (int i = 0; i < CELLS; i++) {
            double mass = Math.exp(logMass[i] - max);
            total += mass;
            double within = i == 0 ? h * shapeA / (shapeA + 1)
                    : i == CELLS - 1 ? 1 - h * shapeB / (shapeB + 1) : (i + 0.5) * h;
            moment += mass * within;
            cdf[i] = total;
        }
        for (int i = 0; i < CELLS; i++) {
            cdf[i] /= total;
        }
        double mean = conjugate ? (a + k) / (a + b + n) : moment / total;
        return new Posterior(a + (conjugate ? k : 0), b + (conjugate ? n - k : 0), mean, cdf);
    }

    /** The log of the smooth factor: the misses of sensors that see only a share q of what happens. */
    private static double smooth(double p, List<Observation> observations) {
        double log = 0;
        for (Observation o : observations) {
            if (o.recall() < 1) {
                log += (o.opportunities() - o.reached()) * Math.log1p(-p * o.recall());
            }
        }
        return log;
    }

    /**
     * log of the integral of p^(a-1) (1-p)^(b-1) over [0, x] for a small x: B(a, b) I_x(a, b), which is
     * x^a (1-x)^b / a times the incomplete beta function's continued fraction (Numerical Recipes, 6.4).
     */
    static double logEdgeMass(double x, double a, double b) {
        return a * Math.log(x) + b * Math.log1p(-x) + Math.log(continuedFraction(x, a, b)) - Math.log(a);
    }

    /** The continued fraction of the incomplete beta function by the modified Lentz method; converges fast for small x. */
    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            result *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1) < 1e-12) {
                break;
            }
        }
        return result;
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
