package io.stormcenter.workbench.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.DemoTrees;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TreeDocumentTest {

    @Test
    void edits_with_the_same_key_make_one_undo_step() {
        TreeDocument document = new TreeDocument(DemoTrees.kubecon());
        for (String text : new String[] {"S", "St", "Ste"}) {
            document.apply("goal#label", t -> t.withNode(t.node("goal").withLabel(text)));
        }
        document.undo();
        assertThat(document.tree()).isEqualTo(DemoTrees.kubecon());
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void the_document_is_clean_again_when_undo_returns_to_the_saved_tree() {
        TreeDocument document = new TreeDocument(DemoTrees.kubecon());
        document.markSaved(document.tree(), Path.of("x.json"));
        document.apply(t -> t.withTitle("changed"));
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void the_history_holds_a_thousand_steps() {
        EditHistory history = new EditHistory(TreeDocument.HISTORY_LIMIT);
        for (int i = 0; i < 1500; i++) {
            history.recordBefore(DemoTrees.kubecon());
        }
        assertThat(history.undoDepth()).isEqualTo(1000);
    }

    @Test
    void a_recovered_copy_opens_dirty() {
        TreeDocument document = new TreeDocument(DemoTrees.kubecon());
        document.loadRecovered(DemoTrees.kubecon().withTitle("rescued"), Path.of("a.json"));
        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).isEqualTo(Path.of("a.json"));
    }
}
