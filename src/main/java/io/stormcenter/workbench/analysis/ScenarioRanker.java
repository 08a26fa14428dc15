package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import java.util.List;
import java.util.Objects;

/**
 * The k best attack scenarios without enumerating them all.
 *
 * <p>An <b>attack scenario</b> is a minimal set of attack leaves of the root's attack refinement
 * that achieves the root: an OR node needs one child, an AND or SAND node all of them. Leaves the
 * profile cannot afford take part in no scenario. Attacks that counter a defence are not listed
 * as leaves: a defence on the way is priced the way {@link Evaluation} prices it. So for every
 * countered node the scenario achieves, its probability is multiplied by {@code 1-p_d}, its cost
 * grows by the defence's cost {@code c_d} (infinite unless an attack counters the defence), and
 * its time becomes {@code max(t, t_d)}. A scenario's probability is otherwise the product of its
 * leaves' probabilities, its cost their sum, its time their combination through the AND (max)
 * and SAND (sum) nodes it passes. With these rules the cheapest scenario costs exactly the root's
 * minimal cost and the fastest takes the root's minimal time.
 *
 * <p>The ranker keeps the k best scenarios of every node, bottom-up over the post-order: an OR
 * node merges its children's lists; an AND or SAND node takes the k best combinations of one
 * scenario per child, best-first through a heap of index tuples. Scenarios are ranked by
 * probability (highest first), cost or time (lowest first); ties go to the more probable (or,
 * for the most likely ranking, the cheaper) scenario.
 *
 * <p>In a valid tree every combination is a minimal set and no two are equal, by construction
 * (subtrees are disjoint). A tree that shares a node is invalid ({@code TreeValidator} says so);
 * there the ranker still drops repeated sets and sets that contain a kept one, but a shared
 * leaf's values count once per path that reaches it.
 */
public final class ScenarioRanker {

    private ScenarioRanker() {
    }

    public static List<AttackScenario> top(AttackTree tree, AttackerProfile profile, Ranking ranking, int k) {
        return top(Evaluation.of(tree, profile), ranking, k);
    }

    /** The k best scenarios of an evaluated tree, for its profile (saves evaluating twice). */
    public static List<AttackScenario> top(Evaluation evaluation, Ranking ranking, int k) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(ranking, "ranking");
        if (k < 0) {
            throw new IllegalArgumentException("k must be 0 or more, is " + k);
        }
        if (k == 0) {
            return List.of();
        }
        return new KBestScenarios(evaluation, ranking, k).top();
    }
}
