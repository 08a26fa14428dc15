package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.model.Gate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRankerTest {

    private static final double EPS = 1e-9;

    @Test
    void scenarios_through_a_countered_node_carry_the_defence() {
        List<AttackScenario> likely = ScenarioRanker.top(EvaluationTest.defendedTree(), AttackerProfile.UNLIMITED,
                Ranking.MOST_LIKELY, 5);

        assertThat(likely).extracting(AttackScenario::leaves).containsExactly(List.of("a"), List.of("b1", "b2"));
        AttackScenario defended = likely.get(1);
        assertThat(defended.probability()).isCloseTo(0.8 * 0.5 * (1 - 0.3), within(EPS));
        assertThat(defended.cost()).isCloseTo(50 + 30 + 10, within(EPS));
        assertThat(defended.timeHours()).isCloseTo(4, within(EPS));
    }

    @Test
    void cheapest_scenario_costs_what_the_root_costs() {
        List<AttackScenario> cheapest = ScenarioRanker.top(EvaluationTest.defendedTree(), AttackerProfile.UNLIMITED,
                Ranking.CHEAPEST, 5);

        assertThat(cheapest).extracting(AttackScenario::leaves).containsExactly(List.of("b1", "b2"), List.of("a"));
        assertThat(cheapest.get(0).cost()).isCloseTo(
                Evaluation.of(EvaluationTest.defendedTree(), AttackerProfile.UNLIMITED).root().cost(), within(EPS));
    }

    @Test
    void sequential_scenarios_add_up_their_times_in_order() {
        List<AttackScenario> fastest = ScenarioRanker.top(EvaluationTest.sequentialTree(), AttackerProfile.UNLIMITED,
                Ranking.FASTEST, 5);

        assertThat(fastest).hasSize(2);
        assertThat(fastest.get(0).leaves()).containsExactly("s1", "s2a", "s3a", "s3b");
        assertThat(fastest.get(0).timeHours()).isCloseTo(0.5 + 3 + 5, within(EPS));
        assertThat(fastest.get(0).probability()).isCloseTo(0.9 * 0.5 * 0.56, within(EPS));
        assertThat(fastest.get(0).cost()).isCloseTo(230, within(EPS));
        assertThat(fastest.get(1).leaves()).containsExactly("s1", "s2b", "s3a", "s3b");
        assertThat(fastest.get(1).timeHours()).isCloseTo(0.5 + 10 + 5, within(EPS));

        List<AttackScenario> likely = ScenarioRanker.top(EvaluationTest.sequentialTree(), AttackerProfile.UNLIMITED,
                Ranking.MOST_LIKELY, 1);
        assertThat(likely).singleElement().satisfies(s -> {
            assertThat(s.leaves()).containsExactly("s1", "s2b", "s3a", "s3b");
            assertThat(s.probability()).isCloseTo(0.9 * 0.6 * 0.56, within(EPS));
        });
    }

    @Test
    void a_profile_removes_the_scenarios_it_cannot_afford() {
        List<AttackScenario> kiddie = ScenarioRanker.top(EvaluationTest.prunableTree(), AttackerProfile.SCRIPT_KIDDIE,
                Ranking.MOST_LIKELY, 10);
        List<AttackScenario> anyone = ScenarioRanker.top(EvaluationTest.prunableTree(), AttackerProfile.UNLIMITED,
                Ranking.MOST_LIKELY, 10);

        assertThat(kiddie).extracting(AttackScenario::leaves).containsExactly(List.of("y"));
        assertThat(anyone).extracting(AttackScenario::leaves).containsExactly(List.of("x"), List.of("z"), List.of("y"));
    }

    @Test
    void k_limits_the_list_and_must_not_be_negative() {
        assertThat(ScenarioRanker.top(EvaluationTest.prunableTree(), AttackerProfile.UNLIMITED, Ranking.CHEAPEST, 2))
                .extracting(AttackScenario::leaves).containsExactly(List.of("z"), List.of("y"));
        assertThat(ScenarioRanker.top(EvaluationTest.prunableTree(), AttackerProfile.UNLIMITED, Ranking.CHEAPEST, 0))
                .isEmpty();
        assertThatThrownBy(() -> ScenarioRanker.top(EvaluationTest.prunableTree(), AttackerProfile.UNLIMITED,
                Ranking.CHEAPEST, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void in_a_tree_that_shares_a_node_scenarios_are_neither_repeated_nor_supersets() {
        // invalid (the validator reports a's two parents), but the ranker must not list {a} twice or {a, c}
        var shared = Trees.tree("goal",
                Trees.gate("goal", Gate.AND, "x", "y"),
                Trees.gate("x", Gate.OR, "a", "b"),
                Trees.gate("y", Gate.OR, "a", "c"),
                Trees.leaf("a", 0.5, 1, 1, 1), Trees.leaf("b", 0.5, 2, 1, 1), Trees.leaf("c", 0.5, 3, 1, 1));

        List<AttackScenario> top = ScenarioRanker.top(shared, AttackerProfile.UNLIMITED, Ranking.CHEAPEST, 10);

        assertThat(top).extracting(AttackScenario::leaves)
                .containsExactlyInAnyOrder(List.of("a"), List.of("b", "c"));
    }
}
