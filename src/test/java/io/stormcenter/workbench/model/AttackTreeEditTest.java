package io.stormcenter.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttackTreeEditTest {

    private static AttackTree sample() {
        // goal(OR) -> a(AND) -> a1, a2 ; goal -> b ; b countered by d
        return new AttackTree("t", "Sample", "", "goal", List.of(
                Node.attack("goal", "Goal").withChildren(List.of("a", "b")),
                Node.attack("a", "A").withGate(Gate.AND).withChildren(List.of("a1", "a2")),
                Node.attack("a1", "A1"),
                Node.attack("a2", "A2"),
                Node.attack("b", "B").withChildren(List.of("d")),
                Node.defence("d", "D")));
    }

    @Test
    void an_edit_returns_a_new_tree_and_leaves_the_old_one_unchanged() {
        AttackTree before = sample();

        AttackTree after = before.withNode(before.node("a1").withLabel("Renamed"));

        assertThat(before.node("a1").label()).isEqualTo("A1");
        assertThat(after.node("a1").label()).isEqualTo("Renamed");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void refinements_and_counter_are_told_apart_by_role() {
        AttackTree tree = sample();

        assertThat(tree.refinements("b")).isEmpty();
        assertThat(tree.counter("b")).map(Node::id).contains("d");
        assertThat(tree.refinements("goal")).extracting(Node::id).containsExactly("a", "b");
    }

    @Test
    void removing_a_subtree_removes_its_descendants_and_the_link_from_the_parent() {
        AttackTree tree = sample().removeSubtree("a");

        assertThat(tree.contains("a")).isFalse();
        assertThat(tree.contains("a1")).isFalse();
        assertThat(tree.node("goal").children()).containsExactly("b");
    }

    @Test
    void removing_one_node_lifts_its_children_into_its_place() {
        AttackTree tree = sample().removeNode("a");

        assertThat(tree.node("goal").children()).containsExactly("a1", "a2", "b");
        assertThat(TreeValidator.validate(tree)).noneMatch(Problem::isError);
    }

    @Test
    void moving_a_subtree_under_its_own_descendant_is_refused_with_a_reason() {
        AttackTree tree = sample();

        assertThat(tree.moveRefusal("a", "a1")).hasValueSatisfying(r -> assertThat(r).contains("cycle"));
        assertThatThrownBy(() -> tree.moveSubtree("a", "a1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moving_a_subtree_reparents_it_at_the_given_position() {
        AttackTree tree = sample().moveSubtree("a2", "goal", 0);

        assertThat(tree.node("goal").children()).containsExactly("a2", "a", "b");
        assertThat(tree.node("a").children()).containsExactly("a1");
        assertThat(tree.parent("a2")).map(Node::id).contains("goal");
    }

    @Test
    void inserting_a_subtree_refuses_ids_already_in_use() {
        assertThatThrownBy(() -> sample().insertSubtree("goal", 0, List.of(Node.attack("a1", "Copy"))))
                .hasMessageContaining("a1");
    }

    @Test
    void fresh_ids_are_slugs_that_do_not_collide() {
        AttackTree tree = sample().addChild("goal", Node.attack("new-step", "x"));

        assertThat(tree.freshId("New step")).isEqualTo("new-step-2");
        assertThat(tree.freshId("Ünïcode Step!")).isEqualTo("unicode-step");
    }

    @Test
    void reordering_moves_a_child_among_its_siblings() {
        AttackTree tree = sample().reorderChild("a2", -1);

        assertThat(tree.node("a").children()).containsExactly("a2", "a1");
    }

    @Test
    void path_to_root_starts_at_the_node() {
        assertThat(sample().pathToRoot("a2")).containsExactly("a2", "a", "goal");
    }

    @Test
    void a_chain_of_100000_levels_is_indexed_without_recursion() {
        List<Node> nodes = new ArrayList<>();
        int depth = 100_000;
        for (int i = 0; i < depth; i++) {
            Node node = Node.attack("n" + i, "N" + i);
            nodes.add(i + 1 < depth ? node.withChildren(List.of("n" + (i + 1))) : node);
        }
        AttackTree chain = new AttackTree("chain", "", "", "n0", nodes);

        TreeIndex index = chain.index();

        assertThat(index.postOrder()).hasSize(depth);
        assertThat(index.postOrder()[0]).isEqualTo(index.indexOf("n" + (depth - 1)));
        assertThat(index.postOrder()[depth - 1]).isEqualTo(index.root());
        assertThat(chain.subtree("n0")).hasSize(depth);
        assertThat(TreeValidator.validate(chain)).filteredOn(Problem::isError).isEmpty();
    }
}
