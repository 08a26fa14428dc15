package io.stormcenter.workbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {

    private final TreeDocument document = new TreeDocument(DemoTrees.kubecon());
    private final EditorViewModel editor = new EditorViewModel(document);

    private AttackTree tree() {
        return document.tree();
    }

    @Test
    void tab_adds_a_child_of_the_same_role_selects_it_and_asks_for_its_name() {
        editor.select("via-logs");
        editor.addChild();
        String added = editor.primary();
        assertThat(tree().node("via-logs").children()).last().isEqualTo(added);
        assertThat(tree().node(added).role()).isEqualTo(Role.ATTACK);
        assertThat(editor.renameRequestProperty().get()).isEqualTo(added);
    }

    @Test
    void enter_adds_a_sibling_right_after_the_selected_node() {
        editor.select("ssh-bait");
        editor.addSibling();
        assertThat(tree().node("via-logs").children().get(1)).isEqualTo(editor.primary());
    }

    @Test
    void the_root_gets_no_sibling_and_says_why() {
        editor.select("goal");
        editor.addSibling();
        assertThat(tree()).isEqualTo(DemoTrees.kubecon());
        assertThat(editor.messageProperty().get()).contains("root has no siblings");
    }

    @Test
    void d_adds_a_defence_once_and_then_points_to_the_existing_one() {
        editor.select("ssh-bait");
        editor.addDefence();
        String defence = editor.primary();
        assertThat(tree().node(defence).role()).isEqualTo(Role.DEFENCE);
        assertThat(tree().counter("ssh-bait")).map(Node::id).contains(defence);
        editor.select("ssh-bait");
        editor.addDefence();
        assertThat(editor.messageProperty().get()).contains("already countered");
        assertThat(tree().node("ssh-bait").children()).hasSize(1);
    }

    @Test
    void delete_keeps_the_children_and_shift_delete_removes_the_subtree() {
        editor.select("via-logs");
        editor.deleteSelected();
        assertThat(tree().node("goal").children()).containsExactly("ssh-bait", "read-sa-token", "symlink-key", "via-escape");
        editor.undo();
        editor.select("via-logs");
        editor.deleteSelectedSubtrees();
        assertThat(tree().contains("ssh-bait")).isFalse();
        assertThat(tree().size()).isEqualTo(3);
    }

    @Test
    void a_pasted_copy_gets_fresh_node_and_tripwire_ids() {
        editor.select("ssh-bait");
        editor.copy();
        editor.select("via-escape");
        editor.paste();
        Node copy = tree().node(editor.primary());
        assertThat(copy.id()).isNotEqualTo("ssh-bait");
        assertThat(copy.label()).isEqualTo("SSH into the bait pod");
        assertThat(copy.tripwires()).extracting(t -> t.id()).doesNotContain("tw-ssh-accept");
        assertThat(TreeValidator.validate(tree()))
                .noneMatch(p -> p.message().contains("more than once"));
    }

    @Test
    void duplicate_puts_a_copy_of_the_subtree_after_the_original() {
        editor.select("via-logs");
        editor.duplicate();
        List<String> kids = tree().node("goal").children();
        assertThat(kids).hasSize(3);
        assertThat(tree().subtree(kids.get(1))).hasSize(4);
    }

    @Test
    void moving_a_node_under_its_own_descendant_is_refused_with_the_reason() {
        boolean moved = editor.moveUnder("via-logs", "ssh-bait");
        assertThat(moved).isFalse();
        assertThat(editor.messageProperty().get()).contains("cycle");
        assertThat(tree()).isEqualTo(DemoTrees.kubecon());
    }

    @Test
    void dropping_a_node_on_another_reparents_it() {
        assertThat(editor.moveUnder("symlink-key", "via-escape")).isTrue();
        assertThat(tree().parent("symlink-key")).map(Node::id).contains("via-escape");
    }

    @Test
    void the_gate_changes_on_every_selected_node() {
        editor.selectAll(List.of("goal", "via-logs"), false);
        editor.setGate(Gate.AND);
        assertThat(tree().node("goal").gate()).isEqualTo(Gate.AND);
        assertThat(tree().node("via-logs").gate()).isEqualTo(Gate.AND);
    }

    @Test
    void undo_and_redo_go_back_and_forth_over_more_than_500_edits() {
        editor.select("goal");
        for (int i = 0; i < 600; i++) {
            editor.rename("goal", "name " + i);
        }
        for (int i = 0; i < 600; i++) {
            editor.undo();
        }
        assertThat(tree()).isEqualTo(DemoTrees.kubecon());
        for (int i = 0; i < 600; i++) {
            editor.redo();
        }
        assertThat(tree().node("goal").label()).isEqualTo("name 599");
    }

    @Test
    void dragged_positions_are_kept_and_relayout_forgets_them() {
        editor.placeNodes(Map.of("ssh-bait", new Position(10, 20)));
        assertThat(tree().node("ssh-bait").position()).isEqualTo(new Position(10, 20));
        editor.relayout();
        assertThat(tree().node("ssh-bait").position()).isNull();
    }

    @Test
    void selecting_a_node_highlights_its_path_to_the_root() {
        editor.select("read-sa-token");
        assertThat(editor.pathToRootProperty().get()).containsExactlyInAnyOrder("read-sa-token", "via-logs", "goal");
    }

    @Test
    void reveal_expands_collapsed_ancestors() {
        editor.toggleCollapsed("via-logs");
        assertThat(editor.collapsed()).contains("via-logs");
        editor.reveal("ssh-bait");
        assertThat(editor.collapsed()).doesNotContain("via-logs");
        assertThat(editor.primary()).isEqualTo("ssh-bait");
    }
}
