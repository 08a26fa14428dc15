package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.testing.Seeds;
import io.stormcenter.workbench.testing.TreeLaw;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;

/** Algebraic laws of the domains on random small trees, each over its own fixed seeds. */
class EvaluationLawsTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void every_probability_lies_between_zero_and_one(long seed) {
        // given a random tree and one of the built-in attacker profiles
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        AttackerProfile profile = RandomSmallTrees.anyProfile(random);

        TreeLaw.holds(seed, generated, tree -> {
            // when
            Evaluation evaluation = Evaluation.of(tree, profile);
            // then
            for (Node node : tree.nodes()) {
                assertThat(evaluation.of(node.id()).probability()).as(node.id()).isBetween(0.0, 1.0);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void the_order_of_or_and_and_children_does_not_matter(long seed) {
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        long shuffleSeed = random.nextLong();

        TreeLaw.holds(seed, generated, tree -> {
            // given the tree with the children of every OR and AND shuffled
            Random shuffle = new Random(shuffleSeed);
            AttackTree shuffled = tree;
            for (Node node : tree.nodes()) {
                if (node.gate() != Gate.SAND && node.children().size() > 1) {
                    List<String> children = new ArrayList<>(node.children());
                    Collections.shuffle(children, shuffle);
                    shuffled = shuffled.withNode(node.withChildren(children));
                }
            }
            // then the root's values are the same
            assertSameValues(Evaluation.of(shuffled, AttackerProfile.UNLIMITED).root(),
                    Evaluation.of(tree, AttackerProfile.UNLIMITED).root());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void nesting_the_same_gate_is_associative(long seed) {
        // given three to six leaves under one gate, and the same leaves with a tail nested under the same gate
        Random random = new Random(seed);
        Gate gate = Gate.values()[random.nextInt(Gate.values().length)];
        int count = 3 + random.nextInt(4);
        List<Double> probabilities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            probabilities.add(unitValue(random));
        }
        int cut = Math.min(1 + random.nextInt(4), count - 2);

        TreeLaw.holds(seed, () -> {
            List<Node> leaves = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                leaves.add(Trees.leaf("l" + i, probabilities.get(i), 10.0 * i + 1, i + 0.5, 1 + i % 5));
            }
            List<String> ids = leaves.stream().map(Node::id).toList();
            List<Node> flatNodes = new ArrayList<>(leaves);
            flatNodes.add(Trees.gate("root", gate, ids.toArray(String[]::new)));
            List<Node> nestedNodes = new ArrayList<>(leaves);
            List<String> outer = new ArrayList<>(ids.subList(0, cut));
            outer.add("inner");
            nestedNodes.add(Trees.gate("inner", gate, ids.subList(cut, ids.size()).toArray(String[]::new)));
            nestedNodes.add(Trees.gate("root", gate, outer.toArray(String[]::new)));
            // then both give the root the same values
            assertSameValues(Evaluation.of(Trees.tree("root", nestedNodes.toArray(Node[]::new)),
                            AttackerProfile.UNLIMITED).root(),
                    Evaluation.of(Trees.tree("root", flatNodes.toArray(Node[]::new)), AttackerProfile.UNLIMITED).root());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void a_gate_over_a_single_child_is_that_child(long seed) {
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        Gate gate = Gate.values()[random.nextInt(Gate.values().length)];

        TreeLaw.holds(seed, generated, tree -> {
            // given the tree under one more gate
            List<Node> nodes = new ArrayList<>(tree.nodes());
            nodes.add(Trees.gate("wrapper", gate, tree.rootId()));
            AttackTree wrapped = new AttackTree(tree.id(), "", "", "wrapper", nodes);
            // then the new root has the old root's values
            assertSameValues(Evaluation.of(wrapped, AttackerProfile.UNLIMITED).root(),
                    Evaluation.of(tree, AttackerProfile.UNLIMITED).root());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void a_likelier_attack_step_never_lowers_and_a_stronger_defence_never_raises_the_root_probability(long seed) {
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        int pick = random.nextInt(101);
        double raised = unitValue(random);

        TreeLaw.holds(seed, generated, tree -> {
            // given one leaf (attack or defence) made likelier
            List<Node> leaves = tree.nodes().stream().filter(n -> tree.refinements(n.id()).isEmpty()).toList();
            Node leaf = leaves.get(pick % leaves.size());
            double after = Math.max(leaf.estimates().probability(), raised);
            AttackTree stronger = tree.withNode(leaf.withEstimates(leaf.estimates().withProbability(after)));
            // when
            double rootBefore = Evaluation.of(tree, AttackerProfile.UNLIMITED).root().probability();
            double rootAfter = Evaluation.of(stronger, AttackerProfile.UNLIMITED).root().probability();
            // then
            if (leaf.role() == Role.ATTACK) {
                assertThat(rootAfter).as("attack leaf %s", leaf.id()).isGreaterThanOrEqualTo(rootBefore - 1e-12);
            } else {
                assertThat(rootAfter).as("defence leaf %s", leaf.id()).isLessThanOrEqualTo(rootBefore + 1e-12);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void a_cheaper_or_quicker_step_never_makes_the_attack_dearer_or_slower(long seed) {
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        int pick = random.nextInt(101);
        double factor = unitValue(random);

        TreeLaw.holds(seed, generated, tree -> {
            // given one attack leaf made cheaper, quicker and easier
            List<Node> leaves = tree.nodes().stream()
                    .filter(n -> n.role() == Role.ATTACK && tree.refinements(n.id()).isEmpty()).toList();
            Node leaf = leaves.get(pick % leaves.size());
            Estimates e = leaf.estimates();
            AttackTree easier = tree.withNode(leaf.withEstimates(e.withCost(e.cost() * factor)
                    .withTimeHours(e.timeHours() * factor).withSkill(Math.max(1, e.skill() - 1))));
            // when
            NodeValues before = Evaluation.of(tree, AttackerProfile.UNLIMITED).root();
            NodeValues after = Evaluation.of(easier, AttackerProfile.UNLIMITED).root();
            // then
            assertThat(after.cost()).as("cost").isLessThanOrEqualTo(before.cost());
            assertThat(after.timeHours()).as("time").isLessThanOrEqualTo(before.timeHours());
            assertThat(after.skill()).as("skill").isLessThanOrEqualTo(before.skill());
        });
    }

    /** A value in [0, 1], now and then exactly 0 or 1, where laws of products tend to break. */
    private static double unitValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            default -> random.nextDouble();
        };
    }

    private static void assertSameValues(NodeValues actual, NodeValues expected) {
        assertThat(actual.probability()).isCloseTo(expected.probability(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(actual.cost()).isEqualTo(expected.cost());
        assertThat(actual.timeHours()).isEqualTo(expected.timeHours());
        assertThat(actual.skill()).isEqualTo(expected.skill());
    }
}
