package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Defence selection on a case worked out by hand. */
class DefenceSelectionTest {

    private static Node proposed(String id, double effectiveness, double cost) {
        return Node.defence(id, id).withStatus(DefenceStatus.PROPOSED)
                .withEstimates(new Estimates(effectiveness, null, cost, null, null, "because"));
    }

    /** goal OR (a 0.5, b 0.4, c 0.2), impact 1000; proposals d1 on a (0.8, $100), d2 on b (0.5, $60), d3 on c (1.0, $30). */
    private static AttackTree tree() {
        return new AttackTree("t", "T", "", "g", List.of(
                Node.attack("g", "G").withGate(Gate.OR).withChildren(List.of("a", "b", "c")).withImpact(1000.0),
                Trees.leaf("a", 0.5, 1, 1, 1).withChild("d1"),
                Trees.leaf("b", 0.4, 1, 1, 1).withChild("d2"),
                Trees.leaf("c", 0.2, 1, 1, 1).withChild("d3"),
                proposed("d1", 0.8, 100), proposed("d2", 0.5, 60), proposed("d3", 1.0, 30)));
    }

    @Test
    void the_budget_buys_the_set_that_leaves_the_least_risk_not_the_best_ratios() {
        // before: 1 - 0.5*0.6*0.8 = 0.76. d3 then d2 (best ratios, $90) leave 1 - 0.5*0.8 = 0.60;
        // d1 alone ($100) leaves 1 - 0.9*0.6*0.8 = 0.568
        DefencePlan plan = new DefenceSelection(tree(), AttackerProfile.UNLIMITED, Map.of()).choose(100);

        assertThat(plan.exact()).isTrue();
        assertThat(plan.riskBefore()).isCloseTo(760, within(1e-9));
        assertThat(plan.chosen()).containsExactly("d1");
        assertThat(plan.riskAfter()).isCloseTo(568, within(1e-9));
        assertThat(plan.spent()).isEqualTo(100);
        // all three together (each fits on its own): 1 - 0.9*0.8*1 = 0.28
        assertThat(plan.riskLowerBound()).isCloseTo(280, within(1e-9));
        assertThat(plan.riskInMoney()).isTrue();
    }

    @Test
    void a_larger_budget_buys_two() {
        DefencePlan plan = new DefenceSelection(tree(), AttackerProfile.UNLIMITED, Map.of()).choose(130);

        assertThat(plan.chosen()).containsExactlyInAnyOrder("d1", "d3");
        assertThat(plan.riskAfter()).isCloseTo(460, within(1e-9)); // 1 - 0.9*0.6
    }

    @Test
    void each_proposal_states_its_own_risk_reduction_per_unit_of_cost() {
        DefencePlan plan = new DefenceSelection(tree(), AttackerProfile.UNLIMITED, Map.of()).choose(0);

        assertThat(plan.chosen()).isEmpty();
        assertThat(plan.riskAfter()).isCloseTo(760, within(1e-9));
        // d3: 760 - 700 = 60 for $30 = 2.0; d1: 192 for $100 = 1.92; d2: 80 for $60 = 1.33
        assertThat(plan.options()).extracting(DefenceOption::nodeId).containsExactly("d3", "d1", "d2");
        assertThat(plan.options().get(0).riskReduction()).isCloseTo(60, within(1e-9));
        assertThat(plan.options().get(0).reductionPerCost()).isCloseTo(2.0, within(1e-9));
        assertThat(plan.options().get(1).countersId()).isEqualTo("a");
    }

    @Test
    void the_greedy_keeps_the_single_best_proposal_when_it_beats_the_ratio_order() {
        DefencePlan plan = new DefenceSelection(tree(), AttackerProfile.UNLIMITED, Map.of()).choose(100, true);

        assertThat(plan.exact()).isFalse();
        assertThat(plan.chosen()).containsExactly("d1");
        assertThat(plan.gapBound()).isCloseTo(568 - 280, within(1e-9));
    }

    @Test
    void a_defence_in_place_is_worth_the_risk_it_keeps_away_and_is_never_bought() {
        AttackTree tree = new AttackTree("t", "T", "", "g", List.of(
                Node.attack("g", "G").withChildren(List.of("a")).withImpact(100.0),
                Trees.leaf("a", 0.5, 1, 1, 1).withChild("k"),
                Node.defence("k", "k").withStatus(DefenceStatus.IN_PLACE)
                        .withEstimates(new Estimates(0.5, null, 10.0, null, null, null))));

        DefencePlan plan = new DefenceSelection(tree, AttackerProfile.UNLIMITED, Map.of()).choose(1000);

        assertThat(plan.riskBefore()).isCloseTo(25, within(1e-9));
        assertThat(plan.chosen()).isEmpty();
        assertThat(plan.options()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(DefenceStatus.IN_PLACE);
            assertThat(o.riskReduction()).isCloseTo(25, within(1e-9));
        });
    }

    @Test
    void a_proposal_without_a_cost_is_listed_but_never_bought() {
        AttackTree tree = tree().withNode(Node.defence("d3", "d3").withStatus(DefenceStatus.PROPOSED)
                .withEstimates(new Estimates(1.0, null, null, null, null, null)));

        DefencePlan plan = new DefenceSelection(tree, AttackerProfile.UNLIMITED, Map.of()).choose(1_000_000);

        assertThat(plan.chosen()).containsExactlyInAnyOrder("d1", "d2");
        assertThat(plan.options()).filteredOn(o -> o.nodeId().equals("d3"))
                .singleElement().satisfies(o -> assertThat(o.hasCost()).isFalse());
    }

    @Test
    void calibrated_probabilities_replace_the_estimates() {
        // with a at 0.0 the defence on a is worth nothing
        DefencePlan plan = new DefenceSelection(tree(), AttackerProfile.UNLIMITED, Map.of("a", 0.0)).choose(100);

        assertThat(plan.riskBefore()).isCloseTo(1000 * (1 - 0.6 * 0.8), within(1e-9));
        assertThat(plan.chosen()).doesNotContain("d1");
        assertThat(Set.copyOf(plan.chosen())).containsExactlyInAnyOrder("d2", "d3");
    }

    @Test
    void a_proposed_defence_counters_nothing_until_it_is_put_in_place() {
        AttackTree tree = tree();

        double now = Evaluation.of(tree, AttackerProfile.UNLIMITED).root().probability();
        double withD1 = Evaluation.of(ProposedDefences.apply(tree, Set.of("d1")), AttackerProfile.UNLIMITED)
                .root().probability();

        assertThat(now).isCloseTo(0.76, within(1e-12));
        assertThat(withD1).isCloseTo(0.568, within(1e-12));
        assertThat(ProposedDefences.proposals(tree)).containsExactly("d1", "d2", "d3");
    }
}
