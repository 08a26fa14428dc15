package io.stormcenter.workbench.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.document.TreeDocument;
import org.junit.jupiter.api.Test;

class ModelPropertiesTest {

    @Test
    void a_new_trees_title_can_be_set_and_its_untitled_id_follows_the_title() {
        // given a new tree
        TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
        ModelProperties model = new ModelProperties(document);
        assertThat(model.id().getText()).isEqualTo("untitled");
        // when its title is typed
        model.title().setText("Steal the API server's key");
        // then title and id are the model's
        assertThat(document.tree().title()).isEqualTo("Steal the API server's key");
        assertThat(document.tree().id()).isEqualTo("steal-the-api-server-s-key");
        assertThat(model.id().getText()).isEqualTo("steal-the-api-server-s-key");
    }

    @Test
    void an_id_of_its_own_is_kept_when_the_title_changes_and_a_bad_id_changes_nothing() {
        TreeDocument document = new TreeDocument(DemoTrees.kubecon());
        ModelProperties model = new ModelProperties(document);
        String id = document.tree().id();
        // when the title changes, the chosen id stays
        model.title().setText("Another title");
        assertThat(document.tree().id()).isEqualTo(id);
        // an id that is not a Kubernetes label is refused with the reason
        model.id().setText("Not A Label");
        assertThat(model.id().getError()).contains("lower-case letters, digits and dashes");
        assertThat(document.tree().id()).isEqualTo(id);
        model.id().setText("team-a-demo");
        assertThat(document.tree().id()).isEqualTo("team-a-demo");
        assertThat(model.id().getError()).isEmpty();
        // a blank title is refused
        model.title().setText(" ");
        assertThat(model.title().getError()).isEqualTo("A model needs a title");
        assertThat(document.tree().title()).isEqualTo("Another title");
    }

    @Test
    void undo_brings_the_old_title_back_into_the_field() {
        TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
        ModelProperties model = new ModelProperties(document);
        model.title().setText("Mine");
        document.endCoalescing();
        document.undo();
        assertThat(model.title().getText()).isEqualTo("Untitled attack tree");
        assertThat(model.id().getText()).isEqualTo("untitled");
    }
}
