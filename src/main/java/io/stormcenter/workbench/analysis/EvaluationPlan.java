package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeIndex;
import java.util.Arrays;
import java.util.Objects;

/**
 * One tree laid out for evaluation: shape, gates and leaf estimates in primitive arrays in
 * post-order, so that evaluating every domain is one linear pass with no object in sight.
 * Build it once per tree (trees are immutable values) and {@link #evaluate} it for any profile;
 * {@link Evaluation#of} does both. Reading the tree's objects once costs more than the pass
 * itself on large trees: the objects lie scattered in memory, the arrays do not.
 */
public final class EvaluationPlan {

    static final byte ATTACK = 1;
    static final byte OR = 2;
    static final byte SAND = 4;
    static final byte LEAF = 8;

    private final AttackTree tree;
    private final TreeIndex index;
    /** Post-order position of each node index, or -1 when the root does not reach it. */
    private final int[] positionOf;
    private final byte[] kind;
    /** Refining children of the node at each position, as positions (compressed rows). */
    private final int[] refinementStart;
    private final int[] refinements;
    /** Position of the countering child, or -1. */
    private final int[] counter;
    /** Leaf estimates; NaN (or skill 0) where the modeller gave none. */
    private final double[] probability;
    private final double[] cost;
    private final double[] time;
    private final int[] skill;

    private EvaluationPlan(AttackTree tree, TreeIndex index, int[] positionOf, byte[] kind, int[] refinementStart,
                           int[] refinements, int[] counter, double[] probability, double[] cost, double[] time,
                           int[] skill) {
        this.tree = tree;
        this.index = index;
        this.positionOf = positionOf;
        this.kind = kind;
        this.refinementStart = refinementStart;
        this.refinements = refinements;
        this.counter = counter;
        this.probability = probability;
        this.cost = cost;
        this.time = time;
        this.skill = skill;
    }

    /**
     * The plan of the tree as it stands: a proposed defence ({@link Node#isProposedDefence}) counters
     * nothing until it is put in place, so it is left out of the structure (its card is still drawn).
     */
    public static EvaluationPlan of(AttackTree tree) {
        return of(tree, false);
    }

    /**
     * The plan with the proposed defences linked like defences in place; defence selection takes
     * them out again, set by set.
     */
    static EvaluationPlan withProposals(AttackTree tree) {
        return of(tree, true);
    }

    private static EvaluationPlan of(AttackTree tree, boolean proposals) {
        Objects.requireNonNull(tree, "tree");
        TreeIndex index = tree.index();
        int n = index.size();
        // Read each node object once, in file order: that is the order they lie in memory after a
        // read, so this pass streams; everything after it works on primitive arrays.
        byte[] kindOf = new byte[n];
        double[] probabilityOf = new double[n];
        double[] costOf = new double[n];
        double[] timeOf = new double[n];
        int[] skillOf = new int[n];
        boolean[] proposed = new boolean[n];
        for (int v = 0; v < n; v++) {
            Node node = index.node(v);
            proposed[v] = !proposals && node.isProposedDefence();
            Gate gate = node.gate();
            kindOf[v] = (byte) ((node.role() == Role.ATTACK ? ATTACK : 0) | (gate == Gate.OR ? OR : 0)
                    | (gate == Gate.SAND ? SAND : 0));
            Estimates e = node.estimates();
            probabilityOf[v] = e.probability() == null ? Double.NaN : e.probability();
            costOf[v] = e.cost() == null ? Double.NaN : e.cost();
            timeOf[v] = e.timeHours() == null ? Double.NaN : e.timeHours();
            skillOf[v] = e.skill() == null ? 0 : e.skill();
        }
        int[] order = index.postOrder();
        int m = order.length;
        int[] positionOf = new int[n];
        Arrays.fill(positionOf, -1);
        byte[] kind = new byte[m];
        for (int i = 0; i < m; i++) {
            positionOf[order[i]] = i;
            kind[i] = kindOf[order[i]];
        }
        int[] refinementStart = new int[m + 1];
        int[] refinements = new int[Math.max(0, m - 1)];
        int[] counter = new int[m];
        double[] probability = new double[m];
        double[] cost = new double[m];
        double[] time = new double[m];
        int[] skill = new int[m];
        int edges = 0;
        for (int i = 0; i < m; i++) {
            int v = order[i];
            refinementStart[i] = edges;
            counter[i] = -1;
            for (int k = 0; k < index.childCount(v); k++) {
                if (proposed[index.child(v, k)]) {
                    continue;
                }
                int child = positionOf[index.child(v, k)];
                if ((kind[child] & ATTACK) != (kind[i] & ATTACK)) {
                    if (counter[i] < 0) {
                        counter[i] = child;
                    }
                } else {
                    if (edges == refinements.length) { // only a tree that shares nodes has more edges than m-1
                        refinements = Arrays.copyOf(refinements, edges * 2 + 1);
                    }
                    refinements[edges++] = child;
                }
            }
            if (edges == refinementStart[i]) {
                kind[i] |= LEAF;
                probability[i] = probabilityOf[v];
                cost[i] = costOf[v];
                time[i] = timeOf[v];
                skill[i] = skillOf[v];
            }
        }
        refinementStart[m] = edges;
        return new EvaluationPlan(tree, index, positionOf, kind, refinementStart, refinements, counter,
                probability, cost, time, skill);
    }

    public AttackTree tree() {
        return tree;
    }

    /** Every domain for one attacker profile: one pass over the arrays (see {@link Evaluation} for the rules). */
    public Evaluation evaluate(AttackerProfile profile) {
        Objects.requireNonNull(profile, "profile");
        int m = kind.length;
        double[] p = new double[m];
        double[] c = new double[m];
        double[] t = new double[m];
        int[] s = new int[m];
        for (int i = 0; i < m; i++) {
            byte flags = kind[i];
            boolean attack = (flags & ATTACK) != 0;
            double prob;
            double money;
            double hours;
            int level;
            if ((flags & LEAF) != 0) {
                double chance = probability[i];
                if (attack) {
                    double price = cost[i];
                    double duration = time[i];
                    int needed = skill[i];
                    boolean affordable = affordable(i, profile);
                    prob = affordable && chance == chance ? chance : 0;
                    money = affordable && price == price ? price : Double.POSITIVE_INFINITY;
                    hours = affordable && duration == duration ? duration : Double.POSITIVE_INFINITY;
                    level = affordable && needed > 0 ? needed : Evaluation.UNREACHABLE_SKILL;
                } else {
                    prob = chance == chance ? chance : 0;
                    money = Double.POSITIVE_INFINITY;
                    hours = Double.POSITIVE_INFINITY;
                    level = Evaluation.UNREACHABLE_SKILL;
                }
            } else {
                boolean or = (flags & OR) != 0;
                boolean sequential = (flags & SAND) != 0;
                boolean easiest = attack == or; // attack OR, defence AND/SAND: the attacker takes the easiest way
                prob = 1; // OR accumulates prod(1-p), AND/SAND prod(p)
                money = easiest ? Double.POSITIVE_INFINITY : 0;
                hours = easiest ? Double.POSITIVE_INFINITY : 0;
                level = easiest ? Evaluation.UNREACHABLE_SKILL : 0;
                for (int e = refinementStart[i], end = refinementStart[i + 1]; e < end; e++) {
                    int child = refinements[e];
                    prob *= or ? 1 - p[child] : p[child];
                    if (easiest) {
                        money = Math.min(money, c[child]);
                        hours = Math.min(hours, t[child]);
                        level = Math.min(level, s[child]);
                    } else {
                        // attack AND/SAND: every child is done; defence OR: every child must be beaten
                        money += c[child];
                        hours = attack && sequential ? hours + t[child] : Math.max(hours, t[child]);
                        level = Math.max(level, s[child]);
                    }
                }
                if (or) {
                    prob = 1 - prob;
                }
            }
            int against = counter[i];
            if (against >= 0) {
                prob *= 1 - p[against];
                if (attack) {
                    money += c[against];
                    hours = Math.max(hours, t[against]);
                    level = Math.max(level, s[against]);
                } else {
                    money = Math.min(money, c[against]);
                    hours = Math.min(hours, t[against]);
                    level = Math.min(level, s[against]);
                }
            }
            p[i] = prob;
            c[i] = money;
            t[i] = hours;
            s[i] = level;
        }
        return new Evaluation(this, profile, p, c, t, s);
    }

    TreeIndex index() {
        return index;
    }

    /** How many nodes the root reaches (positions 0..size-1; the root is the last). */
    int size() {
        return kind.length;
    }

    boolean isAttack(int position) {
        return (kind[position] & ATTACK) != 0;
    }

    boolean isLeaf(int position) {
        return (kind[position] & LEAF) != 0;
    }

    boolean isOr(int position) {
        return (kind[position] & OR) != 0;
    }

    boolean isSequential(int position) {
        return (kind[position] & SAND) != 0;
    }

    int refinementCount(int position) {
        return refinementStart[position + 1] - refinementStart[position];
    }

    int refinement(int position, int k) {
        return refinements[refinementStart[position] + k];
    }

    /** Position of the countering child, or -1. */
    int counter(int position) {
        return counter[position];
    }

    /** Whether an edge reaches a node a second time (shared nodes or a cycle: an invalid tree). */
    boolean sharesNodes() {
        int edges = refinementStart[kind.length];
        for (int against : counter) {
            edges += against >= 0 ? 1 : 0;
        }
        return edges != Math.max(0, kind.length - 1);
    }

    /** A leaf's own estimate, 0 when missing. */
    double leafProbability(int position) {
        return probability[position] == probability[position] ? probability[position] : 0;
    }

    /** A leaf's own cost, infinite when missing. */
    double leafCost(int position) {
        return cost[position] == cost[position] ? cost[position] : Double.POSITIVE_INFINITY;
    }

    /** A leaf's own time, infinite when missing. */
    double leafTime(int position) {
        return time[position] == time[position] ? time[position] : Double.POSITIVE_INFINITY;
    }

    /**
     * Whether the profile can afford an attack leaf ({@link AttackerProfile#canAfford}); a missing
     * value (NaN, skill 0) never prunes, since {@code NaN > x} is false.
     */
    boolean affordable(int position, AttackerProfile profile) {
        return !(cost[position] > profile.budget()) && !(time[position] > profile.timeHours())
                && skill[position] <= profile.skill();
    }

    /** The node at a position. */
    Node nodeAt(int position) {
        return index.node(index.postOrder()[position]);
    }

    /** The post-order position of a node index, or -1. */
    int positionOf(int nodeIndex) {
        return positionOf[nodeIndex];
    }
}
