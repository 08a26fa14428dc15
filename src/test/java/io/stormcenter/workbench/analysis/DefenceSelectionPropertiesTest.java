package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.testing.Seeds;
import io.stormcenter.workbench.testing.TreeLaw;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The exact choice against brute force on random small trees with random proposals: every subset
 * is applied to the tree ({@link ProposedDefences}) and evaluated from scratch ({@link Evaluation}),
 * an oracle that shares nothing with the selection's own pass.
 */
class DefenceSelectionPropertiesTest {

    private static final int MAX_PROPOSALS = 7;

    /** A random tree whose attack nodes without a counter get a proposed defence, half the time. */
    static AttackTree withProposals(long seed) {
        Random random = new Random(seed);
        AttackTree tree = RandomSmallTrees.generate(random.nextLong());
        Node root = tree.root().withImpact(random.nextBoolean() ? 1000.0 : null);
        tree = tree.withNode(root);
        List<Node> added = new ArrayList<>();
        int proposals = 0;
        for (Node node : tree.nodes()) {
            if (node.role() == Role.ATTACK && tree.counter(node.id()).isEmpty() && proposals < MAX_PROPOSALS
                    && (proposals == 0 || random.nextDouble() < 0.5)) {
                String id = "p" + proposals++;
                double effectiveness = Math.round(random.nextDouble() * 100) / 100.0;
                double cost = random.nextInt(10) * 50;
                added.add(node.withChild(id));
                added.add(Node.defence(id, id).withStatus(DefenceStatus.PROPOSED)
                        .withEstimates(new Estimates(effectiveness, null, cost, null, null, null)));
            }
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> replaced = new java.util.HashMap<>();
        added.stream().filter(n -> n.role() == Role.ATTACK).forEach(n -> replaced.put(n.id(), n));
        tree.nodes().forEach(n -> nodes.add(replaced.getOrDefault(n.id(), n)));
        added.stream().filter(n -> n.role() == Role.DEFENCE).forEach(nodes::add);
        return new AttackTree(tree.id(), tree.title(), "", tree.rootId(), nodes);
    }

    private static double bruteForceRisk(AttackTree tree, AttackerProfile profile, double budget) {
        List<Node> proposals = tree.nodes().stream().filter(Node::isProposedDefence).toList();
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << proposals.size()); mask++) {
            Set<String> chosen = new HashSet<>();
            double cost = 0;
            for (int j = 0; j < proposals.size(); j++) {
                if ((mask & (1 << j)) != 0) {
                    chosen.add(proposals.get(j).id());
                    cost += proposals.get(j).estimates().cost();
                }
            }
            if (cost <= budget) {
                best = Math.min(best, riskOf(ProposedDefences.apply(tree, chosen), profile));
            }
        }
        return best;
    }

    private static double riskOf(AttackTree tree, AttackerProfile profile) {
        Evaluation evaluation = Evaluation.of(tree, profile);
        Double impact = tree.root().impact();
        return evaluation.root().probability() * (impact == null ? 1 : impact);
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(150)
    void the_exact_choice_leaves_the_least_risk_any_affordable_set_leaves(long seed) {
        Random random = new Random(seed);
        AttackTree generated = withProposals(random.nextLong());
        AttackerProfile profile = RandomSmallTrees.anyProfile(random);
        double budget = random.nextInt(12) * 50;

        TreeLaw.holds(seed, generated, tree -> {
            DefencePlan plan = new DefenceSelection(tree, profile, Map.of()).choose(budget);

            assertThat(tree.nodes().stream().filter(Node::isProposedDefence)).isNotEmpty();
            assertThat(plan.exact()).isTrue();
            assertThat(plan.riskAfter()).isCloseTo(bruteForceRisk(tree, profile, budget), within(1e-9));
            assertThat(plan.riskAfter()).isCloseTo(riskOf(ProposedDefences.apply(tree, plan.chosen()), profile),
                    within(1e-9));
            assertThat(plan.riskBefore()).isCloseTo(riskOf(tree, profile), within(1e-9));
            assertThat(plan.spent()).isLessThanOrEqualTo(budget);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(150)
    void the_greedy_stays_within_the_budget_and_between_its_bound_and_the_current_risk(long seed) {
        Random random = new Random(seed);
        AttackTree generated = withProposals(random.nextLong());
        AttackerProfile profile = RandomSmallTrees.anyProfile(random);
        double budget = random.nextInt(12) * 50;

        TreeLaw.holds(seed, generated, tree -> {
            DefenceSelection selection = new DefenceSelection(tree, profile, Map.of());
            DefencePlan greedy = selection.choose(budget, true);
            DefencePlan exact = selection.choose(budget);

            assertThat(greedy.spent()).isLessThanOrEqualTo(budget);
            assertThat(greedy.riskAfter()).isLessThanOrEqualTo(greedy.riskBefore() + 1e-9)
                    .isGreaterThanOrEqualTo(exact.riskAfter() - 1e-9);
            assertThat(exact.riskAfter()).isGreaterThanOrEqualTo(greedy.riskLowerBound() - 1e-9);
        });
    }
}
