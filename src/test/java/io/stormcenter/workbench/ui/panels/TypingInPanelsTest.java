package io.stormcenter.workbench.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** A label typed on a big tree touches one outline row and no problem row: the lists redraw what changed. */
class TypingInPanelsTest {

    @Test
    void typing_a_label_replaces_one_outline_row_and_nothing_else() {
        // given the outline of a 2,000-node tree
        AttackTree tree = DemoTrees.generated(2000, 7);
        TreeDocument document = new TreeDocument(tree);
        OutlineViewModel outline = new OutlineViewModel(document);
        int rows = outline.rows().size();
        List<String> changes = new ArrayList<>();
        outline.rows().addListener((ListChangeListener<OutlineRow>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ") + c.getFrom() + "-" + c.getTo());
            }
        });
        String leaf = tree.leaves().get(10).id();
        int at = indexOf(outline, leaf);
        // when a character is typed into a leaf's label
        document.apply(leaf + "#label", t -> t.withNode(t.node(leaf).withLabel(t.node(leaf).label() + "x")));
        // then exactly that row was replaced, with the new label
        assertThat(changes).containsExactly("replaced " + at + "-" + (at + 1));
        assertThat(outline.rows()).hasSize(rows);
        assertThat(outline.rows().get(at).label()).endsWith("x");
        // and a new child still rebuilds the list
        document.apply(t -> t.addChild(leaf, Node.attack("fresh", "Fresh step")));
        assertThat(outline.rows()).hasSize(rows + 1);
        assertThat(outline.rows().get(at + 1).nodeId()).isEqualTo("fresh");
    }

    @Test
    void typing_a_label_leaves_the_problem_list_alone_unless_a_problem_names_that_node() {
        // given a tree whose inner node 'via-logs' carries estimates (a warning) and its problems list
        AttackTree tree = DemoTrees.kubecon();
        tree = tree.withNode(tree.node("via-logs").withEstimates(tree.node("ssh-bait").estimates()));
        TreeDocument document = new TreeDocument(tree);
        ProblemsViewModel problems = new ProblemsViewModel(document, Runnable::run, Runnable::run);
        assertThat(problems.problemsOf("via-logs")).isNotEmpty();
        int[] changes = new int[1];
        problems.problems().addListener((ListChangeListener<Problem>) c -> changes[0]++);
        // when a label is typed on a node without problems
        document.apply(t -> t.withNode(t.node("goal").withLabel("Steal the key")));
        // then the list did not change
        assertThat(changes[0]).isZero();
        // when the node with the problem is renamed, its rows are shown again with the new name
        document.apply(t -> t.withNode(t.node("via-logs").withLabel("Read it through the logs")));
        assertThat(changes[0]).isOne();
        assertThat(problems.nodeLabel(problems.problemsOf("via-logs").get(0))).isEqualTo("Read it through the logs");
    }

    private static int indexOf(OutlineViewModel outline, String id) {
        for (int i = 0; i < outline.rows().size(); i++) {
            if (outline.rows().get(i).nodeId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + id);
    }
}
