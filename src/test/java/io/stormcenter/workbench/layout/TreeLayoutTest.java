package io.stormcenter.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TreeLayoutTest {

    @Property(tries = 40)
    void cards_of_a_random_tree_never_overlap(@ForAll @IntRange(min = 1, max = 300) int size,
                                               @ForAll @IntRange(min = 0, max = 1000) int seed) {
        // given
        AttackTree tree = randomTree(size, seed);
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then
        List<CardBox> boxes = new ArrayList<>(layout.boxes());
        assertThat(boxes).hasSize(size);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                CardBox a = boxes.get(i);
                CardBox b = boxes.get(j);
                assertThat(a.intersects(b.x(), b.y(), b.right(), b.bottom()))
                        .as("%s overlaps %s", a, b).isFalse();
            }
        }
    }

    @Test
    void sand_children_stand_left_to_right_in_their_order_and_are_numbered() {
        // given
        AttackTree tree = new AttackTree("t", "t", "", "g", List.of(
                Node.attack("g", "goal").withGate(Gate.SAND).withChildren(List.of("c", "a", "b")),
                Node.attack("a", "a"), Node.attack("b", "b"), Node.attack("c", "c")));
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then
        assertThat(layout.box("c").x()).isLessThan(layout.box("a").x());
        assertThat(layout.box("a").x()).isLessThan(layout.box("b").x());
        assertThat(layout.edges()).extracting(EdgeRoute::childId, EdgeRoute::order)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", 1), org.assertj.core.groups.Tuple.tuple("a", 2),
                        org.assertj.core.groups.Tuple.tuple("b", 3));
    }

    @Test
    void a_parent_is_centred_above_its_children_one_level_below() {
        AttackTree tree = new AttackTree("t", "t", "", "g", List.of(
                Node.attack("g", "goal").withChildren(List.of("a", "b")), Node.attack("a", "a"), Node.attack("b", "b")));
        TreeLayout layout = TreeLayout.of(tree);
        double middle = (layout.box("a").centerX() + layout.box("b").centerX()) / 2;
        assertThat(layout.box("g").centerX()).isEqualTo(middle);
        assertThat(layout.box("a").y()).isGreaterThan(layout.box("g").bottom());
    }

    @Test
    void a_dragged_node_keeps_its_position_and_takes_its_subtree_along() {
        // given
        AttackTree tree = new AttackTree("t", "t", "", "g", List.of(
                Node.attack("g", "goal").withChildren(List.of("a")), Node.attack("a", "a").withChildren(List.of("b")),
                Node.attack("b", "b")));
        TreeLayout auto = TreeLayout.of(tree);
        // when
        TreeLayout moved = TreeLayout.of(tree.withNode(tree.node("a").withPosition(new Position(500, 40))));
        // then
        assertThat(moved.box("a").x()).isEqualTo(500);
        assertThat(moved.box("a").y()).isEqualTo(40);
        assertThat(moved.box("b").x() - auto.box("b").x()).isEqualTo(500 - auto.box("a").x());
        assertThat(moved.box("b").y() - auto.box("b").y()).isEqualTo(40 - auto.box("a").y());
    }

    @Test
    void a_collapsed_node_hides_its_subtree_and_counts_it() {
        AttackTree tree = new AttackTree("t", "t", "", "g", List.of(
                Node.attack("g", "goal").withChildren(List.of("a")), Node.attack("a", "a").withChildren(List.of("b", "c")),
                Node.attack("b", "b"), Node.attack("c", "c")));
        TreeLayout layout = TreeLayout.of(tree, Set.of("a"), LayoutOptions.DEFAULT);
        assertThat(layout.boxes()).extracting(CardBox::nodeId).containsExactly("g", "a");
        assertThat(layout.hiddenBelow("a")).isEqualTo(2);
        assertThat(layout.edges()).hasSize(1);
    }

    @Test
    void a_chain_100000_levels_deep_is_laid_out_without_recursion() {
        int depth = 100_000;
        List<Node> nodes = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            Node node = Node.attack("n" + i, "step " + i);
            nodes.add(i + 1 < depth ? node.withChildren(List.of("n" + (i + 1))) : node);
        }
        TreeLayout layout = TreeLayout.of(new AttackTree("deep", "deep", "", "n0", nodes));
        assertThat(layout.box("n99999").depth()).isEqualTo(99_999);
        assertThat(layout.edges()).hasSize(depth - 1);
    }

    static AttackTree randomTree(int size, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<List<String>> kids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            kids.add(new ArrayList<>());
            if (i > 0) {
                kids.get(random.nextInt(i)).add("n" + i);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(Node.attack("n" + i, "n" + i).withChildren(kids.get(i)));
        }
        return new AttackTree("r", "r", "", "n0", nodes);
    }
}
