package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the proposed defences that a budget buys to leave the least risk (root probability x
 * impact; the probability alone when the root has no impact).
 *
 * <p>With at most {@link #EXACT_LIMIT} proposals every affordable set is tried: the answer is the
 * optimum. Beyond that, a greedy adds the proposal with the most risk reduction per unit of cost
 * while one fits, and keeps the better of that and the single best proposal that fits. Defences can
 * complement each other (two ORed paths each need one), so no constant-factor guarantee holds in
 * general; instead the plan states a bound: no affordable set leaves less risk than all proposals
 * that fit the budget on their own, together ({@link DefencePlan#riskLowerBound}). Adding a defence
 * never raises the risk, which makes that a true bound.
 */
public final class DefenceSelection {

    /** Up to this many proposals the optimum is found by trying every set (2^16 evaluations). */
    public static final int EXACT_LIMIT = 16;

    private final EvaluationPlan plan;
    private final ProbabilityPass pass;
    private final double[] leaves;
    private final double impact;
    private final boolean money;
    private final double[] scratch;

    /**
     * @param leafProbabilities the probability to use per leaf (calibrated means), or empty for the estimates
     */
    public DefenceSelection(AttackTree tree, AttackerProfile profile, Map<String, Double> leafProbabilities) {
        this.plan = EvaluationPlan.withProposals(tree);
        this.pass = new ProbabilityPass(plan, profile);
        this.leaves = pass.leafEstimates();
        for (int i = 0; i < leaves.length; i++) {
            Double p = leafProbabilities.get(plan.nodeAt(i).id());
            if (p != null && plan.isLeaf(i)) {
                leaves[i] = p;
            }
        }
        Double rootImpact = leaves.length == 0 ? null : plan.nodeAt(leaves.length - 1).impact();
        this.money = rootImpact != null;
        this.impact = rootImpact == null ? 1 : rootImpact;
        this.scratch = new double[leaves.length];
    }

    public DefencePlan choose(double budget) {
        return choose(budget, false);
    }

    /** As {@link #choose(double)}; {@code greedyOnly} lets tests compare the greedy with the optimum on small sets. */
    DefencePlan choose(double budget, boolean greedyOnly) {
        if (!(budget >= 0)) {
            throw new IllegalArgumentException("a budget must be zero or more, got " + budget);
        }
        int m = leaves.length;
        List<Integer> proposals = new ArrayList<>();
        List<Integer> inPlace = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            Node node = plan.nodeAt(i);
            if (node.role() == Role.DEFENCE && node.isProposedDefence()) {
                proposals.add(i);
            } else if (node.role() == Role.DEFENCE && isTopDefence(i)) {
                inPlace.add(i);
            }
        }
        boolean[] absent = new boolean[m];
        proposals.forEach(i -> absent[i] = true);
        double before = risk(absent);

        List<DefenceOption> options = new ArrayList<>();
        List<Integer> budgetable = new ArrayList<>();
        for (int i : proposals) {
            absent[i] = false;
            double reduction = before - risk(absent);
            absent[i] = true;
            options.add(option(i, reduction));
            if (!Double.isNaN(costOf(i))) {
                budgetable.add(i);
            }
        }
        for (int i : inPlace) {
            absent[i] = true;
            double rise = risk(absent) - before;
            absent[i] = false;
            options.add(option(i, rise));
        }
        options.sort(Comparator.comparing((DefenceOption o) -> o.status() != DefenceStatus.PROPOSED)
                .thenComparingDouble(o -> Double.isNaN(o.reductionPerCost()) ? Double.POSITIVE_INFINITY
                        : -o.reductionPerCost())
                .thenComparing(DefenceOption::nodeId));

        List<Integer> fitting = budgetable.stream().filter(i -> costOf(i) <= budget).toList();
        fitting.forEach(i -> absent[i] = false);
        double lowerBound = risk(absent);
        fitting.forEach(i -> absent[i] = true);

        boolean exact = fitting.size() <= EXACT_LIMIT && !greedyOnly;
        Set<Integer> chosen = exact ? exact(fitting, budget, absent) : greedy(fitting, budget, absent);
        chosen.forEach(i -> absent[i] = false);
        double after = risk(absent);
        double spent = chosen.stream().mapToDouble(this::costOf).sum();
        Set<String> ids = new HashSet<>();
        chosen.forEach(i -> ids.add(plan.nodeAt(i).id()));
        return new DefencePlan(options, ids, budget, spent, before, after, exact, lowerBound, money);
    }

    /** Every subset of the proposals that fit, cheapest-first on ties of risk. */
    private Set<Integer> exact(List<Integer> fitting, double budget, boolean[] absent) {
        int n = fitting.size();
        long best = 0;
        double bestRisk = risk(absent);
        double bestCost = 0;
        for (long mask = 1; mask < (1L << n); mask++) {
            double cost = 0;
            for (int j = 0; j < n; j++) {
                if ((mask & (1L << j)) != 0) {
                    cost += costOf(fitting.get(j));
                }
            }
            if (cost > budget) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                absent[fitting.get(j)] = (mask & (1L << j)) == 0;
            }
            double r = risk(absent);
            if (r < bestRisk - 1e-12 || (Math.abs(r - bestRisk) <= 1e-12 && cost < bestCost)) {
                best = mask;
                bestRisk = r;
                bestCost = cost;
            }
        }
        fitting.forEach(i -> absent[i] = true);
        Set<Integer> chosen = new HashSet<>();
        for (int j = 0; j < n; j++) {
            if ((best & (1L << j)) != 0) {
                chosen.add(fitting.get(j));
            }
        }
        return chosen;
    }

    private Set<Integer> greedy(List<Integer> fitting, double budget, boolean[] absent) {
        Set<Integer> chosen = new HashSet<>();
        double left = budget;
        double current = risk(absent);
        while (true) {
            int pick = -1;
            double pickRatio = 0;
            double pickRisk = current;
            for (int i : fitting) {
                if (chosen.contains(i) || costOf(i) > left) {
                    continue;
                }
                absent[i] = false;
                double r = risk(absent);
                absent[i] = true;
                double gain = current - r;
                double ratio = costOf(i) == 0 ? Double.POSITIVE_INFINITY : gain / costOf(i);
                if (gain > 1e-12 && (pick < 0 || ratio > pickRatio)) {
                    pick = i;
                    pickRatio = ratio;
                    pickRisk = r;
                }
            }
            if (pick < 0) {
                break;
            }
            chosen.add(pick);
            absent[pick] = false;
            left -= costOf(pick);
            current = pickRisk;
        }
        chosen.forEach(i -> absent[i] = true);
        // a single expensive defence can beat many cheap ones: the classic fix of ratio greedy
        int bestSingle = -1;
        double bestSingleRisk = current;
        for (int i : fitting) {
            absent[i] = false;
            double r = risk(absent);
            absent[i] = true;
            if (r < bestSingleRisk - 1e-12) {
                bestSingle = i;
                bestSingleRisk = r;
            }
        }
        return bestSingle >= 0 ? Set.of(bestSingle) : chosen;
    }

    private DefenceOption option(int i, double reduction) {
        Node node = plan.nodeAt(i);
        double cost = costOf(i);
        double perCost = Double.isNaN(cost) ? Double.NaN : cost == 0 ? Double.POSITIVE_INFINITY : reduction / cost;
        Double p = node.estimates().probability();
        String counters = plan.tree().parent(node.id()).filter(parent -> parent.role() == Role.ATTACK)
                .map(Node::id).orElse(null);
        return new DefenceOption(node.id(), node.label(),
                node.isProposedDefence() ? DefenceStatus.PROPOSED : DefenceStatus.IN_PLACE, cost,
                p == null ? 0 : p, node.estimates().rationale(), counters, reduction, perCost);
    }

    private double costOf(int position) {
        Double cost = plan.nodeAt(position).estimates().cost();
        return cost == null || cost < 0 ? Double.NaN : cost;
    }

    /** A defence in place that is not part of a larger defence (whose worth is counted whole). */
    private boolean isTopDefence(int position) {
        return plan.tree().parent(plan.nodeAt(position).id()).map(p -> p.role() == Role.ATTACK).orElse(false);
    }

    private double risk(boolean[] absent) {
        return pass.run(leaves, absent, scratch) * impact;
    }
}
