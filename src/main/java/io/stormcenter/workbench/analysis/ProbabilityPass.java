package io.stormcenter.workbench.analysis;

/**
 * The probability domain alone, over an {@link EvaluationPlan}'s arrays, with two changes a caller
 * may ask for: other probabilities for the leaves (a Monte Carlo draw from the calibrated
 * posteriors) and nodes taken out (proposed defences a plan does not buy). It follows the rules of
 * {@link EvaluationPlan#evaluate} exactly; calibration and defence selection run it thousands of
 * times, so it allocates nothing per run.
 */
final class ProbabilityPass {

    private final EvaluationPlan plan;
    private final boolean[] affordable;

    ProbabilityPass(EvaluationPlan plan, AttackerProfile profile) {
        this.plan = plan;
        this.affordable = new boolean[plan.size()];
        for (int i = 0; i < affordable.length; i++) {
            affordable[i] = !plan.isAttack(i) || plan.affordable(i, profile);
        }
    }

    int size() {
        return affordable.length;
    }

    /** Each leaf's own estimate (0 when missing), by position: the array a caller starts from. */
    double[] leafEstimates() {
        double[] leaves = new double[size()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = plan.isLeaf(i) ? plan.leafProbability(i) : Double.NaN;
        }
        return leaves;
    }

    /**
     * Fills {@code p} with every node's probability and returns the root's.
     *
     * @param leaves  a probability per leaf position (other positions are not read)
     * @param absent  positions taken out of the tree, or null: an absent counter counters nothing, an
     *                absent refinement is not combined
     */
    double run(double[] leaves, boolean[] absent, double[] p) {
        int m = size();
        for (int i = 0; i < m; i++) {
            double prob;
            if (plan.isLeaf(i)) {
                prob = affordable[i] ? leaves[i] : 0;
            } else {
                boolean or = plan.isOr(i);
                prob = 1;
                int present = 0;
                for (int k = 0, n = plan.refinementCount(i); k < n; k++) {
                    int child = plan.refinement(i, k);
                    if (absent != null && absent[child]) {
                        continue;
                    }
                    present++;
                    prob *= or ? 1 - p[child] : p[child];
                }
                prob = present == 0 ? 0 : or ? 1 - prob : prob;
            }
            int against = plan.counter(i);
            if (against >= 0 && (absent == null || !absent[against])) {
                prob *= 1 - p[against];
            }
            p[i] = prob;
        }
        return m == 0 ? 0 : p[m - 1];
    }

    EvaluationPlan plan() {
        return plan;
    }
}
