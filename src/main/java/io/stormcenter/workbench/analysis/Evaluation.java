package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;

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
 * <p><b>Proposed defences</b> ({@link io.stormcenter.workbench.model.DefenceStatus#PROPOSED}) are not
 * there yet: they counter nothing until a plan or the what-if puts them in place
 * ({@link ProposedDefences}). ADTool has no such notion, so an exported tree counts them as built.
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
 * <p>The evaluation runs once, iteratively over the tree's post-order ({@link EvaluationPlan}) into
 * primitive arrays (no recursion: trees may be 100,000 levels deep); queries afterwards are lookups.
 */
public final class Evaluation {

    /** Skill value of what cannot be reached. */
    static final int UNREACHABLE_SKILL = Integer.MAX_VALUE;

    private final EvaluationPlan plan;
    private final AttackerProfile profile;
    /** Values by post-order position ({@link EvaluationPlan#positionOf}). */
    private final double[] probability;
    private final double[] cost;
    private final double[] time;
    private final int[] skill;

    Evaluation(EvaluationPlan plan, AttackerProfile profile, double[] probability, double[] cost, double[] time,
               int[] skill) {
        this.plan = plan;
        this.profile = profile;
        this.probability = probability;
        this.cost = cost;
        this.time = time;
        this.skill = skill;
    }

    /** Evaluates a tree for a profile; to evaluate one tree for several profiles, keep its {@link EvaluationPlan}. */
    public static Evaluation of(AttackTree tree, AttackerProfile profile) {
        return EvaluationPlan.of(tree).evaluate(profile);
    }

    /** The values of a node, or null for an id not in the tree or not reachable from its root. */
    public NodeValues of(String nodeId) {
        int i = plan.index().indexOf(nodeId);
        return i < 0 ? null : valuesAt(i);
    }

    /** The root's values; when the root id names no node, nothing is reachable: probability 0. */
    public NodeValues root() {
        int root = plan.index().root();
        NodeValues values = root < 0 ? null : valuesAt(root);
        return values != null ? values
                : new NodeValues(0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, UNREACHABLE_SKILL);
    }

    /** Root probability x root impact (0 when the root has no impact). */
    public double risk() {
        int root = plan.index().root();
        if (root < 0) {
            return 0;
        }
        Double impact = plan.index().node(root).impact();
        return impact == null ? 0 : root().probability() * impact;
    }

    public AttackTree tree() {
        return plan.tree();
    }

    public AttackerProfile profile() {
        return profile;
    }

    /** Values of a node index, or null when the root does not reach it. */
    NodeValues valuesAt(int nodeIndex) {
        int i = plan.positionOf(nodeIndex);
        return i < 0 ? null : new NodeValues(probability[i], cost[i], time[i], skill[i]);
    }

    EvaluationPlan plan() {
        return plan;
    }

    double probabilityAtPosition(int position) {
        return probability[position];
    }

    double costAtPosition(int position) {
        return cost[position];
    }

    double timeAtPosition(int position) {
        return time[position];
    }

    @Override
    public String toString() {
        return "Evaluation[" + tree().id() + ", " + profile.id() + ", root " + root() + "]";
    }
}
