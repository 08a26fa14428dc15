package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Algebraic laws of the domains on random small trees. */
class EvaluationLaws {

    @Provide
    Arbitrary<AttackTree> trees() {
        return RandomSmallTrees.arbitrary();
    }

    @Provide
    Arbitrary<AttackerProfile> profiles() {
        return Arbitraries.of(AttackerProfile.builtIns());
    }

    @Property(tries = 300)
    void every_probability_lies_between_zero_and_one(@ForAll("trees") AttackTree tree,
                                                     @ForAll("profiles") AttackerProfile profile) {
        Evaluation evaluation = Evaluation.of(tree, profile);

        for (Node node : tree.nodes()) {
            assertThat(evaluation.of(node.id()).probability()).isBetween(0.0, 1.0);
        }
    }

    @Property(tries = 300)
    void the_order_of_or_and_and_children_does_not_matter(@ForAll("trees") AttackTree tree, @ForAll long seed) {
        Random random = new Random(seed);
        AttackTree shuffled = tree;
        for (Node node : tree.nodes()) {
            if (node.gate() != Gate.SAND && node.children().size() > 1) {
                List<String> children = new ArrayList<>(node.children());
                Collections.shuffle(children, random);
                shuffled = shuffled.withNode(node.withChildren(children));
            }
        }

        assertSameValues(Evaluation.of(shuffled, AttackerProfile.UNLIMITED).root(),
                Evaluation.of(tree, AttackerProfile.UNLIMITED).root());
    }

    @Property(tries = 300)
    void nesting_the_same_gate_is_associative(@ForAll Gate gate, @ForAll @Size(min = 3, max = 6) List<@DoubleRange(max = 1) Double> probabilities,
                                             @ForAll @IntRange(min = 1, max = 4) int split) {
        int cut = Math.min(split, probabilities.size() - 2);
        List<Node> leaves = new ArrayList<>();
        for (int i = 0; i < probabilities.size(); i++) {
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

        assertSameValues(Evaluation.of(Trees.tree("root", nestedNodes.toArray(Node[]::new)), AttackerProfile.UNLIMITED).root(),
                Evaluation.of(Trees.tree("root", flatNodes.toArray(Node[]::new)), AttackerProfile.UNLIMITED).root());
    }

    @Property(tries = 200)
    void a_gate_over_a_single_child_is_that_child(@ForAll("trees") AttackTree tree, @ForAll Gate gate) {
        List<Node> nodes = new ArrayList<>(tree.nodes());
        nodes.add(Trees.gate("wrapper", gate, tree.rootId()));
        AttackTree wrapped = new AttackTree(tree.id(), "", "", "wrapper", nodes);

        assertSameValues(Evaluation.of(wrapped, AttackerProfile.UNLIMITED).root(),
                Evaluation.of(tree, AttackerProfile.UNLIMITED).root());
    }

    @Property(tries = 300)
    void a_likelier_attack_step_never_lowers_and_a_stronger_defence_never_raises_the_root_probability(
            @ForAll("trees") AttackTree tree, @ForAll @IntRange(max = 100) int pick,
            @ForAll @DoubleRange(max = 1) double raised) {
        List<Node> leaves = tree.nodes().stream().filter(n -> tree.refinements(n.id()).isEmpty()).toList();
        Node leaf = leaves.get(pick % leaves.size());
        double before = leaf.estimates().probability();
        double after = Math.max(before, raised);
        AttackTree stronger = tree.withNode(leaf.withEstimates(leaf.estimates().withProbability(after)));

        double rootBefore = Evaluation.of(tree, AttackerProfile.UNLIMITED).root().probability();
        double rootAfter = Evaluation.of(stronger, AttackerProfile.UNLIMITED).root().probability();

        if (leaf.role() == Role.ATTACK) {
            assertThat(rootAfter).isGreaterThanOrEqualTo(rootBefore - 1e-12);
        } else {
            assertThat(rootAfter).isLessThanOrEqualTo(rootBefore + 1e-12);
        }
    }

    @Property(tries = 300)
    void a_cheaper_or_quicker_step_never_makes_the_attack_dearer_or_slower(
            @ForAll("trees") AttackTree tree, @ForAll @IntRange(max = 100) int pick,
            @ForAll @DoubleRange(max = 1) double factor) {
        List<Node> leaves = tree.nodes().stream()
                .filter(n -> n.role() == Role.ATTACK && tree.refinements(n.id()).isEmpty()).toList();
        Node leaf = leaves.get(pick % leaves.size());
        Estimates e = leaf.estimates();
        AttackTree easier = tree.withNode(leaf.withEstimates(e.withCost(e.cost() * factor)
                .withTimeHours(e.timeHours() * factor).withSkill(Math.max(1, e.skill() - 1))));

        NodeValues before = Evaluation.of(tree, AttackerProfile.UNLIMITED).root();
        NodeValues after = Evaluation.of(easier, AttackerProfile.UNLIMITED).root();

        assertThat(after.cost()).isLessThanOrEqualTo(before.cost());
        assertThat(after.timeHours()).isLessThanOrEqualTo(before.timeHours());
        assertThat(after.skill()).isLessThanOrEqualTo(before.skill());
    }

    private static void assertSameValues(NodeValues actual, NodeValues expected) {
        assertThat(actual.probability()).isCloseTo(expected.probability(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(actual.cost()).isEqualTo(expected.cost());
        assertThat(actual.timeHours()).isEqualTo(expected.timeHours());
        assertThat(actual.skill()).isEqualTo(expected.skill());
    }
}
