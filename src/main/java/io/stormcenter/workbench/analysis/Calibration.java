package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Corrects the estimates by what attackers were seen to do (DESIGN.md, "Calibration"). Each attack
 * leaf's estimate p0 with confidence n0 is a Beta(p0*n0, (1-p0)*n0) prior; its evidence (k of n, by
 * origin) updates it, one's own counts through the recall of the leaf's sensors, others' sightings
 * as they were reported. Inner nodes, the root and the risk get their intervals by drawing every
 * leaf from its posterior and evaluating the tree, {@code samples} times from a fixed seed.
 *
 * <p>Defence leaves keep their estimate (sessions show attackers, not how often a defence held).
 * A leaf without a probability but with evidence starts from a uniform prior; one without either
 * stays at 0, as in the evaluation.
 */
public final class Calibration {

    /** The weight of an estimate whose confidence the modeller left out: a weak prior, two observations' worth. */
    public static final double DEFAULT_CONFIDENCE = 2;
    public static final long DEFAULT_SEED = 20_240_319L;
    public static final int DEFAULT_SAMPLES = 2_000;
    /** Above this many values (nodes x samples) only the root's and the leaves' intervals are computed. */
    private static final long INNER_INTERVAL_LIMIT = 8_000_000L;

    private final long seed;
    private final int samples;

    public Calibration(long seed, int samples) {
        if (samples < 20) {
            throw new IllegalArgumentException("at least 20 Monte Carlo samples are needed for a 90 % interval, got " + samples);
        }
        this.seed = seed;
        this.samples = samples;
    }

    public static Calibration withDefaults() {
        return new Calibration(DEFAULT_SEED, DEFAULT_SAMPLES);
    }

    /**
     * @param recallByNode the recall of each node's own sensors (1 - prod(1 - q) over its trip-wires);
     *                     a node not in the map has recall 1
     */
    public CalibratedTree run(AttackTree tree, AttackerProfile profile, EvidenceSet evidence,
                              Map<String, Double> recallByNode) {
        Objects.requireNonNull(evidence, "evidence");
        EvaluationPlan plan = EvaluationPlan.of(tree);
        ProbabilityPass pass = new ProbabilityPass(plan, profile);
        int m = pass.size();
        double[] estimates = pass.leafEstimates();
        double[] pointValues = new double[m];
        pass.run(estimates, null, pointValues);

        Posterior[] posteriors = new Posterior[m];
        Map<String, CalibratedNode> result = new HashMap<>();
        for (int i = 0; i < m; i++) {
            Node node = plan.nodeAt(i);
            if (!plan.isLeaf(i) || !plan.isAttack(i) || !plan.affordable(i, profile)) {
                continue;
            }
            Count observed = evidence.total(node.id());
            Double p0 = node.estimates().probability();
            if (p0 == null && observed.isEmpty()) {
                continue;
            }
            double weight = node.estimates().confidence() == null || !(node.estimates().confidence() > 0)
                    ? DEFAULT_CONFIDENCE : node.estimates().confidence();
            double recall = recallByNode.getOrDefault(node.id(), 1.0);
            List<Posterior.Observation> observations = new ArrayList<>();
            evidence.byOrigin(node.id()).forEach((origin, count) -> observations.add(new Posterior.Observation(
                    count.reached(), count.opportunities(), Evidence.OWN.equals(origin) ? recall : 1.0)));
            posteriors[i] = p0 == null ? Posterior.of(0.5, 2, observations) : Posterior.of(p0, weight, observations);
        }

        boolean inner = (long) m * samples <= INNER_INTERVAL_LIMIT;
        float[][] drawn = inner ? new float[m][samples] : null;
        double[] roots = new double[samples];
        double[] sums = new double[m];
        double[] leaves = estimates.clone();
        double[] p = new double[m];
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < m; i++) {
                if (posteriors[i] != null) {
                    leaves[i] = posteriors[i].sample(random);
                }
            }
            roots[s] = pass.run(leaves, null, p);
            for (int i = 0; i < m; i++) {
                sums[i] += p[i];
                if (inner) {
                    drawn[i][s] = (float) p[i];
                }
            }
        }

        for (int i = 0; i < m; i++) {
            Node node = plan.nodeAt(i);
            Interval calibrated;
            if (posteriors[i] != null) {
                Posterior posterior = posteriors[i];
                calibrated = new Interval(posterior.mean(), posterior.low(), posterior.high());
            } else if (plan.isLeaf(i)) {
                calibrated = Interval.point(pointValues[i]);
            } else if (i == m - 1) {
                calibrated = intervalOf(roots, sums[i] / samples);
            } else if (inner) {
                calibrated = intervalOf(drawn[i], sums[i] / samples);
            } else {
                calibrated = new Interval(sums[i] / samples, Double.NaN, Double.NaN);
            }
            result.put(node.id(), new CalibratedNode(node.id(), pointValues[i], evidence.total(node.id()),
                    evidence.byOrigin(node.id()), recallByNode.getOrDefault(node.id(), 1.0), calibrated));
        }
        Interval root = m == 0 ? Interval.point(0) : result.get(plan.nodeAt(m - 1).id()).calibrated();
        Double impact = m == 0 ? null : plan.nodeAt(m - 1).impact();
        return new CalibratedTree(result, root, impact == null ? null : root.times(impact), !evidence.isEmpty(),
                seed, samples);
    }

    private static Interval intervalOf(double[] values, double mean) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Interval(mean, quantile(sorted, 0.05), quantile(sorted, 0.95));
    }

    private static Interval intervalOf(float[] values, double mean) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return intervalOf(copy, mean);
    }

    /** Linear interpolation between order statistics (the usual "type 7" sample quantile). */
    static double quantile(double[] sorted, double u) {
        double position = u * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
