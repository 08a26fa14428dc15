package io.stormcenter.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.stormcenter.workbench.benchmark.DeepChainGenerator;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exact places on small trees; the general laws on random trees are in {@link TreeLayoutLawsTest}. */
class TreeLayoutTest {

    private static final double SIBLINGS = 184 + 20;
    private static final double COUSINS = 184 + 36;
    /** A card of another family keeps its centre this far from a leaf's centre in the row below it. */
    private static final double BESIDE_LEAF = 184 / 2 + 20;

    private static AttackTree tree(String root, Node... nodes) {
        return new AttackTree("t", "t", "", root, List.of(nodes));
    }

    private static Node node(String id, String... children) {
        return Node.attack(id, id).withChildren(List.of(children));
    }

    @Test
    void a_leaf_beside_a_wide_sibling_keeps_clear_of_the_place_under_it() {
        // given a goal over a (three leaves) and the leaf b
        AttackTree tree = tree("g", node("g", "a", "b"), node("a", "a1", "a2", "a3"), node("a1"), node("a2"),
                node("a3"), node("b"));
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then a's children stand at sibling distance; b is pushed right until a3's edge comes down a gap
        // clear of b's side (not under b, where a3 would read as b's child); g is centred over a and b
        assertThat(layout.boxes()).extracting(CardBox::nodeId, CardBox::x).containsExactly(
                tuple("g", (SIBLINGS + 2 * SIBLINGS + BESIDE_LEAF) / 2), tuple("a", SIBLINGS), tuple("a1", 0.0),
                tuple("a2", SIBLINGS), tuple("a3", 2 * SIBLINGS), tuple("b", 2 * SIBLINGS + BESIDE_LEAF));
        assertThat(layout.box("a3").centerX()).isLessThan(layout.box("b").x() - 20 + 1e-9);
        assertThat(layout.box("a1").y()).isEqualTo(2 * (104 + 60));
    }

    @Test
    void a_subtree_that_widens_deep_down_lets_its_neighbour_move_in_above_that() {
        // given p narrow for three levels and wide at the fourth, q wide at the second
        AttackTree tree = tree("r", node("r", "p", "q"), node("p", "p1"), node("p1", "p2"),
                node("p2", "p3", "p4", "p5", "p6"), node("p3"), node("p4"), node("p5"), node("p6"),
                node("q", "q1", "q2", "q3"), node("q1"), node("q2"), node("q3"));
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then q's leaves come as close to p's column as the cousin distance allows,
        // where one band per subtree would have put them right of p6
        double column = 1.5 * SIBLINGS;
        assertThat(layout.box("p1").x()).isEqualTo(column);
        assertThat(layout.box("q1").x()).isEqualTo(column + COUSINS);
        assertThat(layout.box("q").x()).isEqualTo(column + COUSINS + SIBLINGS);
        assertThat(layout.box("q3").x()).isEqualTo(column + COUSINS + 2 * SIBLINGS);
        assertThat(layout.width()).isEqualTo(column + COUSINS + 2 * SIBLINGS + 184);
        assertThat(layout.box("q1").x()).isLessThan(layout.box("p6").x());
    }

    @Test
    void the_room_a_pushed_subtree_opens_is_shared_by_the_small_subtrees_between() {
        // given a wide subtree, two leaves, and a subtree that is pushed right by the first one's contour
        AttackTree tree = tree("r", node("r", "a", "l1", "l2", "c"), node("a", "a0"), node("a0", "a1", "a2", "a3", "a4"),
                node("a1"), node("a2"), node("a3"), node("a4"), node("l1"), node("l2"), node("c", "c0"),
                node("c0", "c1", "c2", "c3", "c4"), node("c1"), node("c2"), node("c3"), node("c4"));
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then c's grandchildren keep the cousin distance from a's, and the room that opens between a and c
        // is shared by the two leaves instead of all of it landing right of l2
        assertThat(layout.box("c1").x() - layout.box("a4").x()).isEqualTo(COUSINS);
        assertThat(layout.box("c").x() - layout.box("a").x()).isEqualTo(3 * SIBLINGS + COUSINS);
        double first = layout.box("l1").x() - layout.box("a").x();
        double second = layout.box("l2").x() - layout.box("l1").x();
        double third = layout.box("c").x() - layout.box("l2").x();
        assertThat(first).isCloseTo(third, within(1e-9)).isGreaterThan(SIBLINGS + 60);
        assertThat(second).isGreaterThan(SIBLINGS + 60);
    }

    @Test
    void sand_children_stand_left_to_right_in_their_order_and_are_numbered() {
        // given
        AttackTree tree = tree("g", Node.attack("g", "goal").withGate(Gate.SAND).withChildren(List.of("c", "a", "b")),
                node("a"), node("b"), node("c"));
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then
        assertThat(layout.box("c").x()).isLessThan(layout.box("a").x());
        assertThat(layout.box("a").x()).isLessThan(layout.box("b").x());
        assertThat(layout.edges()).extracting(EdgeRoute::childId, EdgeRoute::order)
                .containsExactly(tuple("c", 1), tuple("a", 2), tuple("b", 3));
    }

    @Test
    void a_defence_stands_in_the_row_under_the_node_it_counters_after_its_attack_children() {
        // given an attack node refined by two steps and countered by a defence (ADTool puts it last)
        AttackTree tree = tree("g", node("g", "a", "b", "d"), node("a"), node("b"), Node.defence("d", "defence"));
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then
        assertThat(layout.box("d").y()).isEqualTo(layout.box("a").y());
        assertThat(layout.box("d").x()).isEqualTo(layout.box("b").x() + SIBLINGS);
        assertThat(layout.box("g").centerX()).isEqualTo(layout.box("b").centerX());
        assertThat(layout.edges()).extracting(EdgeRoute::childId, EdgeRoute::counter)
                .containsExactly(tuple("a", false), tuple("b", false), tuple("d", true));
    }

    @Test
    void a_parent_is_centred_above_its_children_one_level_below() {
        TreeLayout layout = TreeLayout.of(tree("g", node("g", "a", "b"), node("a"), node("b")));
        assertThat(layout.box("a").x()).isEqualTo(0);
        assertThat(layout.box("b").x()).isEqualTo(SIBLINGS);
        assertThat(layout.box("g").x()).isEqualTo(SIBLINGS / 2);
        assertThat(layout.box("a").y()).isEqualTo(layout.box("g").bottom() + 60);
    }

    @Test
    void a_dragged_node_keeps_its_position_and_takes_its_subtree_along() {
        // given
        AttackTree tree = tree("g", node("g", "a"), node("a", "b"), node("b"));
        TreeLayout auto = TreeLayout.of(tree);
        // when
        TreeLayout moved = TreeLayout.of(tree.withNode(tree.node("a").withPosition(new Position(500, 40))));
        // then
        assertThat(moved.box("a").x()).isEqualTo(500);
        assertThat(moved.box("a").y()).isEqualTo(40);
        assertThat(moved.box("b").x() - auto.box("b").x()).isEqualTo(500 - auto.box("a").x());
        assertThat(moved.box("b").y() - auto.box("b").y()).isEqualTo(40 - auto.box("a").y());
        assertThat(moved.box("g")).isEqualTo(auto.box("g"));
    }

    @Test
    void a_collapsed_node_hides_its_subtree_and_counts_it() {
        AttackTree tree = tree("g", node("g", "a"), node("a", "b", "c"), node("b"), node("c"));
        TreeLayout layout = TreeLayout.of(tree, Set.of("a"), LayoutOptions.DEFAULT);
        assertThat(layout.boxes()).extracting(CardBox::nodeId).containsExactly("g", "a");
        assertThat(layout.hiddenBelow("a")).isEqualTo(2);
        assertThat(layout.edges()).hasSize(1);
    }

    @Test
    void a_node_reached_twice_in_a_broken_file_is_drawn_once() {
        AttackTree tree = tree("g", node("g", "a", "b"), node("a", "c"), node("b", "c"), node("c", "g"));
        TreeLayout layout = TreeLayout.of(tree);
        assertThat(layout.boxes()).extracting(CardBox::nodeId).containsExactly("g", "a", "c", "b");
    }

    @Test
    void a_chain_100000_levels_deep_is_laid_out_without_recursion() {
        int depth = 100_000;
        List<Node> nodes = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            nodes.add(i + 1 < depth ? node("n" + i, "n" + (i + 1)) : node("n" + i));
        }
        TreeLayout layout = TreeLayout.of(new AttackTree("deep", "deep", "", "n0", nodes));
        assertThat(layout.box("n99999").depth()).isEqualTo(99_999);
        assertThat(layout.box("n99999").x()).isEqualTo(0);
        assertThat(layout.box("n0").x()).isEqualTo(0);
        assertThat(layout.edges()).hasSize(depth - 1);
    }

    @Test
    void a_chain_100000_levels_deep_with_a_leaf_beside_every_level_is_laid_out_without_recursion() {
        // given level i over level i+1 and a leaf: every contour is up to 100,000 levels deep
        AttackTree tree = DeepChainGenerator.chain(100_000);
        // when
        TreeLayout layout = TreeLayout.of(tree);
        // then each level is centred over the next level and its leaf; the leaf keeps the place under
        // it free of the next level's leaf's edge, so far from the bottom the chain steps evenly
        assertThat(layout.boxes()).hasSize(200_001);
        assertThat(layout.box("level-100000").x()).isEqualTo(0);
        assertThat(layout.box("step-99999").x() - layout.box("level-100000").x()).isEqualTo(SIBLINGS);
        assertThat(layout.box("step-7").x() - layout.box("level-8").x()).isCloseTo(2 * BESIDE_LEAF, within(1e-6));
        assertThat(layout.box("level-7").centerX())
                .isCloseTo((layout.box("level-8").centerX() + layout.box("step-7").centerX()) / 2, within(1e-6));
    }
}
