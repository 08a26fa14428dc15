package io.stormcenter.workbench.analysis;

import static io.stormcenter.workbench.analysis.Trees.defence;
import static io.stormcenter.workbench.analysis.Trees.gate;
import static io.stormcenter.workbench.analysis.Trees.leaf;
import static io.stormcenter.workbench.analysis.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final double EPS = 1e-9;

    /** goal = OR(a, b); b = AND(b1, b2) countered by d; d countered by the attack x. */
    static AttackTree defendedTree() {
        return tree("goal",
                gate("goal", Gate.OR, "a", "b").withImpact(1000.0),
                leaf("a", 0.5, 100, 2, 2),
                gate("b", Gate.AND, "b1", "b2", "d"),
                leaf("b1", 0.8, 50, 1, 3),
                leaf("b2", 0.5, 30, 4, 1),
                defence("d", 0.4, "x"),
                leaf("x", 0.25, 10, 3, 4));
    }

    /** goal = SAND(s1, OR(s2a, s2b), AND(s3a, s3b)). */
    static AttackTree sequentialTree() {
        return tree("goal",
                gate("goal", Gate.SAND, "s1", "s2", "s3"),
                leaf("s1", 0.9, 0, 0.5, 1),
                gate("s2", Gate.OR, "s2a", "s2b"),
                leaf("s2a", 0.5, 200, 3, 3),
                leaf("s2b", 0.6, 50, 10, 2),
                gate("s3", Gate.AND, "s3a", "s3b"),
                leaf("s3a", 0.7, 10, 2, 2),
                leaf("s3b", 0.8, 20, 5, 4));
    }

    /** goal = OR(x, y, z): x is expensive, z needs skill 4. */
    static AttackTree prunableTree() {
        return tree("goal",
                gate("goal", Gate.OR, "x", "y", "z").withImpact(200.0),
                leaf("x", 0.9, 5000, 1, 1),
                leaf("y", 0.3, 10, 2, 2),
                leaf("z", 0.5, 0, 1, 4));
    }

    @Test
    void countered_attack_is_reduced_by_the_defence_that_its_own_counter_attack_weakens() {
        Evaluation evaluation = Evaluation.of(defendedTree(), AttackerProfile.UNLIMITED);

        NodeValues d = evaluation.of("d");
        assertThat(d.probability()).isCloseTo(0.4 * 0.75, within(EPS));
        assertThat(d.cost()).isCloseTo(10, within(EPS));
        assertThat(d.timeHours()).isCloseTo(3, within(EPS));
        assertThat(d.skill()).isEqualTo(4);

        NodeValues b = evaluation.of("b");
        assertThat(b.probability()).isCloseTo(0.4 * 0.7, within(EPS));
        assertThat(b.cost()).isCloseTo(50 + 30 + 10, within(EPS));
        assertThat(b.timeHours()).isCloseTo(4, within(EPS));
        assertThat(b.skill()).isEqualTo(4);

        NodeValues root = evaluation.root();
        assertThat(root.probability()).isCloseTo(1 - 0.5 * 0.72, within(EPS));
        assertThat(root.cost()).isCloseTo(90, within(EPS));
        assertThat(root.timeHours()).isCloseTo(2, within(EPS));
        assertThat(root.skill()).isEqualTo(2);
        assertThat(evaluation.risk()).isCloseTo(640, within(EPS));
    }

    @Test
    void a_defence_nobody_counters_cannot_be_bought_past_but_only_lowers_the_probability() {
        AttackTree tree = tree("goal",
                gate("goal", Gate.AND, "a", "b", "guard"),
                leaf("a", 0.5, 10, 1, 1),
                leaf("b", 0.5, 10, 1, 1),
                defence("guard", 0.2));

        NodeValues root = Evaluation.of(tree, AttackerProfile.UNLIMITED).root();

        assertThat(root.probability()).isCloseTo(0.25 * 0.8, within(EPS));
        assertThat(root.cost()).isInfinite();
        assertThat(root.timeHours()).isInfinite();
        assertThat(root.skill()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void defence_gates_make_the_attacker_beat_every_or_defence_and_one_and_defence() {
        AttackTree tree = tree("goal",
                gate("goal", Gate.OR, "via-or", "via-and"),
                gate("via-or", Gate.AND, "a1", "a2", "either"),
                leaf("a1", 1, 1, 1, 1), leaf("a2", 1, 1, 1, 1),
                defence("either", 0).withGate(Gate.OR).withChildren(List.of("e1", "e2")),
                defence("e1", 0.5, "k1"), defence("e2", 0.2, "k2"),
                leaf("k1", 0.5, 100, 5, 3), leaf("k2", 0.5, 40, 8, 2),
                gate("via-and", Gate.AND, "a3", "a4", "both"),
                leaf("a3", 1, 1, 1, 1), leaf("a4", 1, 1, 1, 1),
                defence("both", 0).withGate(Gate.AND).withChildren(List.of("f1", "f2")),
                defence("f1", 0.5, "k3"), defence("f2", 0.2, "k4"),
                leaf("k3", 0.5, 100, 5, 3), leaf("k4", 0.5, 40, 8, 2));

        Evaluation evaluation = Evaluation.of(tree, AttackerProfile.UNLIMITED);

        NodeValues either = evaluation.of("either");
        assertThat(either.probability()).isCloseTo(1 - (1 - 0.25) * (1 - 0.1), within(EPS));
        assertThat(either.cost()).isCloseTo(140, within(EPS));
        assertThat(either.timeHours()).isCloseTo(8, within(EPS));
        assertThat(either.skill()).isEqualTo(3);
        NodeValues both = evaluation.of("both");
        assertThat(both.probability()).isCloseTo(0.25 * 0.1, within(EPS));
        assertThat(both.cost()).isCloseTo(40, within(EPS));
        assertThat(both.timeHours()).isCloseTo(5, within(EPS));
        assertThat(both.skill()).isEqualTo(2);
        assertThat(evaluation.of("via-and").cost()).isCloseTo(42, within(EPS));
        assertThat(evaluation.root().cost()).isCloseTo(42, within(EPS));
    }

    @Test
    void sequential_gate_adds_times_and_costs_and_multiplies_probabilities() {
        Evaluation evaluation = Evaluation.of(sequentialTree(), AttackerProfile.UNLIMITED);

        NodeValues root = evaluation.root();

        assertThat(root.probability()).isCloseTo(0.9 * 0.8 * 0.56, within(EPS));
        assertThat(root.cost()).isCloseTo(0 + 50 + 30, within(EPS));
        assertThat(root.timeHours()).isCloseTo(0.5 + 3 + 5, within(EPS));
        assertThat(root.skill()).isEqualTo(4);
        assertThat(evaluation.of("s3").timeHours()).as("AND runs in parallel").isCloseTo(5, within(EPS));
        assertThat(evaluation.risk()).as("no impact, no risk").isZero();
    }

    @Test
    void profile_prunes_leaves_it_cannot_afford_before_evaluating() {
        Evaluation anyone = Evaluation.of(prunableTree(), AttackerProfile.UNLIMITED);
        Evaluation kiddie = Evaluation.of(prunableTree(), AttackerProfile.SCRIPT_KIDDIE);

        assertThat(anyone.root().probability()).isCloseTo(1 - 0.1 * 0.7 * 0.5, within(EPS));
        assertThat(anyone.root().cost()).isCloseTo(0, within(EPS));
        assertThat(kiddie.root().probability()).isCloseTo(0.3, within(EPS));
        assertThat(kiddie.root().cost()).isCloseTo(10, within(EPS));
        assertThat(kiddie.root().timeHours()).isCloseTo(2, within(EPS));
        assertThat(kiddie.root().skill()).isEqualTo(2);
        assertThat(kiddie.risk()).isCloseTo(60, within(EPS));
        assertThat(kiddie.of("x")).isEqualTo(new NodeValues(0, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, Integer.MAX_VALUE));
    }

    @Test
    void a_pruned_counter_attack_leaves_the_defence_standing() {
        // the cybercriminal (skill 3) cannot do x (skill 4), the attack that counters d
        Evaluation criminal = Evaluation.of(defendedTree(), AttackerProfile.CYBERCRIMINAL);

        assertThat(criminal.of("d").probability()).isCloseTo(0.4, within(EPS));
        assertThat(criminal.of("b").probability()).isCloseTo(0.4 * 0.6, within(EPS));
        assertThat(criminal.of("b").cost()).isInfinite();
        assertThat(criminal.root().probability()).isCloseTo(1 - 0.5 * 0.76, within(EPS));
        assertThat(criminal.root().cost()).isCloseTo(100, within(EPS));
    }

    @Test
    void an_unestimated_leaf_counts_as_impossible_as_in_adtool() {
        AttackTree tree = tree("goal", gate("goal", Gate.OR, "known", "unknown"),
                leaf("known", 0.5, 10, 1, 2), Node.attack("unknown", "nobody estimated this"));

        Evaluation evaluation = Evaluation.of(tree, AttackerProfile.UNLIMITED);

        assertThat(evaluation.of("unknown")).isEqualTo(new NodeValues(0, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, Integer.MAX_VALUE));
        assertThat(evaluation.root()).isEqualTo(new NodeValues(0.5, 10, 1, 2));
    }

    @Test
    void unknown_ids_have_no_values() {
        Evaluation evaluation = Evaluation.of(defendedTree(), AttackerProfile.UNLIMITED);

        assertThat(evaluation.of("no-such-node")).isNull();
    }

    @Test
    void a_chain_one_hundred_thousand_levels_deep_evaluates_without_recursion() {
        int depth = 100_000;
        List<Node> nodes = new ArrayList<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            nodes.add(gate("n" + i, Gate.AND, "n" + (i + 1), "leaf" + i));
            nodes.add(leaf("leaf" + i, 1, 1, 1, 1));
        }
        nodes.add(leaf("n" + depth, 1, 1, 1, 1));
        AttackTree chain = new AttackTree("chain", "chain", "", "n0", nodes);

        NodeValues root = Evaluation.of(chain, AttackerProfile.UNLIMITED).root();

        assertThat(root.cost()).isCloseTo(depth + 1, within(EPS));
        assertThat(root.timeHours()).isCloseTo(1, within(EPS));
        assertThat(root.probability()).isCloseTo(1, within(EPS));
        assertThat(ScenarioRanker.top(chain, AttackerProfile.UNLIMITED, Ranking.CHEAPEST, 3))
                .singleElement().satisfies(s -> assertThat(s.leaves()).hasSize(depth + 1));
    }
}
