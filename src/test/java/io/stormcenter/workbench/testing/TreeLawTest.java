package io.stormcenter.workbench.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stormcenter.workbench.benchmark.RandomTreeGenerator;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import org.junit.jupiter.api.Test;

class TreeLawTest {

    @Test
    void a_law_that_holds_passes_quietly() {
        AttackTree tree = RandomTreeGenerator.andOr(7).generate(40);

        assertThatCode(() -> TreeLaw.holds(7, tree, t -> assertThat(t.size()).isPositive())).doesNotThrowAnyException();
    }

    @Test
    void a_failing_law_names_the_seed_and_shrinks_to_a_smallest_failing_tree() {
        // given a law that fails on any tree with an AND node, and a big tree that has some
        AttackTree tree = RandomTreeGenerator.andOr(11).generate(200);
        assertThat(tree.nodes()).anyMatch(n -> n.gate() == Gate.AND && !n.isLeaf());

        // when
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> TreeLaw.holds(42, tree,
                t -> assertThat(t.nodes()).noneMatch(n -> n.gate() == Gate.AND && !n.isLeaf())));

        // then the message says how to rerun, and the tree it shows is one AND over at most two
        // children on the way down from the root: nothing more can be removed
        assertThat(failure.getMessage()).contains("seed 42", "-Dksc.seed=42", "a tree of 200 nodes");
        String smallestSize = failure.getMessage().replaceAll("(?s).*smallest failing tree found has (\\d+):.*", "$1");
        assertThat(Integer.parseInt(smallestSize)).isLessThan(20);
        assertThat(failure.getMessage()).contains(" AND");
    }

    @Test
    void shrinking_removes_only_subtrees_that_leave_every_inner_node_inner() {
        // given an OR with two children, the first countered by a defence
        AttackTree tree = new AttackTree("t", "t", "", "root", java.util.List.of(
                Node.attack("root", "root").withGate(Gate.OR).withChildren(java.util.List.of("a", "b")),
                Node.attack("a", "a").withChild("d"),
                Node.attack("b", "b"),
                Node.defence("d", "d")));

        // when
        var smaller = TreeLaw.oneSubtreeLess(tree);

        // then a, b and the defence may each go, the root may not, and no removal empties the root
        assertThat(smaller).hasSize(3);
        assertThat(smaller).allMatch(t -> !t.node("root").children().isEmpty());
        assertThat(smaller).anyMatch(t -> t.nodes().stream().noneMatch(n -> n.role() == Role.DEFENCE));
    }
}
