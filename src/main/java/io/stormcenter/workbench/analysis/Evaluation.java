package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeIndex;
import java.util.Objects;

/**
 * All domains evaluated bottom-up over one tree for one attacker profile, following ADTool 2's
 * attack-defence-tree domains (ProbSucc, MinCost, MinTimePar, MinSkill) so that an imported
 * ADTool tree gives ADTool's numbers.
 *
 * <p><b>Attack nodes.</b> A node without refining children (same role) takes its values from its
 * own estimates; otherwise its refining children combine through its gate:
 * <ul>
 *   <li>probability: OR {@code 1-prod(1-p)}, AND/SAND {@code prod p};</li>
 *   <li>cost: OR {@code min}, AND/SAND {@code sum};</li>
 *   <li>time: OR {@code min}, AND {@code max} (parallel), SAND {@code sum};</li>
 *   <li>skill: OR {@code min}, AND/SAND {@code max}.</li>
 * </ul>
 *
 * <p><b>Defence nodes.</b> A defence's values describe the attacker facing it: its probability is
 * the chance the defence works; its cost, time and skill are what the attacker needs to get past
 * it. As in ADTool, a defence leaf cannot be got past (cost, time infinite, skill unreachable,
 * whatever the defence's own estimates say: those are the defender's numbers), so only an attack
 * that counters the defence opens the way. A defence OR (any child defends) must all be beaten:
 * probability {@code 1-prod(1-p)}, cost {@code sum}, time and skill {@code max}; a defence AND or
 * SAND (all children needed) falls when one child is beaten: probability {@code prod p}, cost, time
 * and skill {@code min}.
 *
 * <p><b>Counters.</b> An attack node {@code a} countered by a defence {@code d} gets probability
 * {@code p_a*(1-p_d)}, cost {@code c_a+c_d}, time {@code max(t_a,t_d)} and skill
 * {@code max(s_a,s_d)}; a defence {@code d} countered by an attack {@code a} gets probability
 * {@code p_d*(1-p_a)} and cost, time, skill {@code min(d, a)}. Both rules apply recursively, so a
 * defence's own value comes from its own refinement and its own counter-attack.
 *
 * <p><b>Missing values</b> follow ADTool's defaults: a leaf without a probability has probability
 * 0, without cost or time has infinite cost or time, without skill needs an unreachable skill
 * ({@link Integer#MAX_VALUE}). So an unestimated step counts as impossible in that domain.
 *
 * <p><b>Profiles.</b> An attack leaf the profile cannot afford ({@link AttackerProfile#canAfford})
 * is pruned before evaluation: probability 0, cost and time infinite, skill unreachable. This
 * holds for attacks that counter a defence too, so a pruned counter-attack leaves the defence
 * standing.
 *
 * <p>The evaluation runs once, iteratively over {@link TreeIndex#postOrder()} into primitive
 * arrays (no recursion: trees may be 100,000 levels deep); queries afterwards are lookups.
 */
public final class Evaluation {

    /** Skill value of what cannot be reached. */
    static final int UNREACHABLE_SKILL = Integer.MAX_VALUE;

    private final AttackTree tree;
    private final AttackerProfile profile;
    private final TreeIndex index;
    private final double[] probability;
    private final double[] cost;
    private final double[] time;
    private final int[] skill;
    private final boolean[] evaluated;

    private Evaluation(AttackTree tree, AttackerProfile profile, TreeIndex index, double[] probability,
                       double[] cost, double[] time, int[] skill, boolean[] evaluated) {
        this.tree = tree;
        this.profile = profile;
        this.index = index;
        this.probability = probability;
        this.cost = cost;
        this.time = time;
        this.skill = skill;
        this.evaluated = evaluated;
    }

    public static Evaluation of(AttackTree tree, AttackerProfile profile) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(profile, "profile");
        TreeIndex index = tree.index();
        int n = index.size();
        double[] p = new double[n];
        double[] c = new double[n];
        double[] t = new double[n];
        int[] s = new int[n];
        boolean[] done = new boolean[n];
        for (int v : index.postOrder()) {
            evaluateNode(index, profile, v, p, c, t, s);
            done[v] = true;
        }
        return new Evaluation(tree, profile, index, p, c, t, s, done);
    }

    private static void evaluateNode(TreeIndex index, AttackerProfile profile, int v,
                                     double[] p, double[] c, double[] t, int[] s) {
        Node node = index.node(v);
        boolean attack = node.role() == Role.ATTACK;
        Gate gate = node.gate();
        boolean or = gate == Gate.OR;
        boolean sequential = gate == Gate.SAND;
        int children = index.childCount(v);
        int counter = -1;
        int refinements = 0;
        double prob = 1; // OR accumulates prod(1-p), AND/SAND prod(p)
        double money = attack == or ? Double.POSITIVE_INFINITY : 0; // attack OR / defence AND: min; else sum
        double hours = (attack == or) ? Double.POSITIVE_INFINITY : 0; // min, or max/sum from 0
        int level = (attack == or) ? UNREACHABLE_SKILL : 0; // min, or max from 0
        for (int k = 0; k < children; k++) {
            int child = index.child(v, k);
            if (index.node(child).role() != node.role()) {
                if (counter < 0) {
                    counter = child;
                }
                continue;
            }
            refinements++;
            if (or) {
                prob *= 1 - p[child];
            } else {
                prob *= p[child];
            }
            if (attack == or) { // attack OR, defence AND/SAND: the attacker takes the easiest way
                money = Math.min(money, c[child]);
                hours = Math.min(hours, t[child]);
                level = Math.min(level, s[child]);
            } else if (attack) { // attack AND/SAND: every child is done
                money += c[child];
                hours = sequential ? hours + t[child] : Math.max(hours, t[child]);
                level = Math.max(level, s[child]);
            } else { // defence OR: every child must be beaten, in parallel
                money += c[child];
                hours = Math.max(hours, t[child]);
                level = Math.max(level, s[child]);
            }
        }
        if (refinements == 0) {
            Estimates e = node.estimates();
            if (attack) {
                boolean affordable = profile.canAfford(e);
                prob = affordable && e.probability() != null ? e.probability() : 0;
                money = affordable && e.cost() != null ? e.cost() : Double.POSITIVE_INFINITY;
                hours = affordable && e.timeHours() != null ? e.timeHours() : Double.POSITIVE_INFINITY;
                level = affordable && e.skill() != null ? e.skill() : UNREACHABLE_SKILL;
            } else {
                prob = e.probability() != null ? e.probability() : 0;
                money = Double.POSITIVE_INFINITY;
                hours = Double.POSITIVE_INFINITY;
                level = UNREACHABLE_SKILL;
            }
        } else if (or) {
            prob = 1 - prob;
        }
        if (counter >= 0) {
            prob *= 1 - p[counter];
            if (attack) {
                money += c[counter];
                hours = Math.max(hours, t[counter]);
                level = Math.max(level, s[counter]);
            } else {
                money = Math.min(money, c[counter]);
                hours = Math.min(hours, t[counter]);
                level = Math.min(level, s[counter]);
            }
        }
        p[v] = prob;
        c[v] = money;
        t[v] = hours;
        s[v] = level;
    }

    /** The values of a node, or null for an id not in the tree or not reachable from its root. */
    public NodeValues of(String nodeId) {
        int i = index.indexOf(nodeId);
        return i < 0 ? null : valuesAt(i);
    }

    /** The root's values; when the root id names no node, nothing is reachable: probability 0. */
    public NodeValues root() {
        NodeValues values = index.root() < 0 ? null : valuesAt(index.root());
        return values != null ? values
                : new NodeValues(0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, UNREACHABLE_SKILL);
    }

    /** Root probability x root impact (0 when the root has no impact). */
    public double risk() {
        int root = index.root();
        if (root < 0 || !evaluated[root]) {
            return 0;
        }
        Double impact = index.node(root).impact();
        return impact == null ? 0 : probability[root] * impact;
    }

    public AttackTree tree() {
        return tree;
    }

    public AttackerProfile profile() {
        return profile;
    }

    NodeValues valuesAt(int i) {
        return evaluated[i] ? new NodeValues(probability[i], cost[i], time[i], skill[i]) : null;
    }

    double probabilityAt(int i) {
        return probability[i];
    }

    double costAt(int i) {
        return cost[i];
    }

    double timeAt(int i) {
        return time[i];
    }

    @Override
    public String toString() {
        return "Evaluation[" + tree.id() + ", " + profile.id() + ", root " + root() + ", "
                + index.postOrder().length + " nodes]";
    }
}
