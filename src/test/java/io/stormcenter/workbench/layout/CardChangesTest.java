package io.stormcenter.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardChangesTest {

    private static AttackTree kubecon() throws Exception {
        return TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
    }

    @Test
    void a_label_typed_keeps_the_layout_and_names_only_the_edited_card() throws Exception {
        // given the KubeCon tree
        AttackTree before = kubecon();
        // when a leaf's label and another's estimate change
        AttackTree after = before.withNode(before.node("ssh-bait").withLabel("SSH into the bait pod!"))
                .withNode(before.node("kubectl-logs").withNotes("seen in the demo"));
        // then the layout still holds, and exactly those two cards changed
        assertThat(CardChanges.between(before, after)).contains(Set.of("ssh-bait", "kubectl-logs"));
        // and the layout made for the old tree places the new one as a fresh layout would
        TreeLayout kept = TreeLayout.of(before);
        TreeLayout fresh = TreeLayout.of(after);
        assertThat(kept.boxes()).isEqualTo(fresh.boxes());
        assertThat(kept.edges()).isEqualTo(fresh.edges());
    }

    @Test
    void the_same_tree_changes_no_card() throws Exception {
        AttackTree tree = kubecon();
        assertThat(CardChanges.between(tree, tree)).contains(Set.of());
    }

    @Test
    void edits_that_move_cards_need_a_new_layout() throws Exception {
        // given the KubeCon tree
        AttackTree tree = kubecon();
        Node goal = tree.root();
        // then a new child, a gate, a role, a dragged card or a new root order each need a new layout
        assertThat(CardChanges.between(tree, tree.addChild("ssh-bait", Node.attack("new", "New step")))).isEmpty();
        Gate other = goal.gate() == Gate.AND ? Gate.OR : Gate.AND;
        assertThat(CardChanges.between(tree, tree.withNode(goal.withGate(other)))).isEmpty();
        assertThat(CardChanges.between(tree, tree.withNode(tree.node("ssh-bait").withPosition(new Position(5, 5)))))
                .isEmpty();
        Node leaf = tree.node("ssh-bait");
        assertThat(CardChanges.between(tree, tree.withNode(leaf.withRole(leaf.role().opposite())))).isEmpty();
    }
}
