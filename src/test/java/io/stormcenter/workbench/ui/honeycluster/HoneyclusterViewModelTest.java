package io.stormcenter.workbench.ui.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.Cover;
import io.stormcenter.workbench.honeycluster.PlanPreview;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class HoneyclusterViewModelTest {

    static AttackTree kubecon() throws Exception {
        return TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
    }

    private final SimpleStringProperty selected = new SimpleStringProperty();

    private HoneyclusterViewModel model(TreeDocument document) {
        return new HoneyclusterViewModel(document, selected, Runnable::run, Runnable::run);
    }

    @Test
    void the_preview_of_the_demo_lists_its_objects_and_coverage() throws Exception {
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));

        assertThat(model.groups()).extracting(PlanPreview.Group::title).contains("Bait workloads", "Tetragon policies");
        assertThat(model.statusProperty().get()).contains("objects", "trip-wires in namespace "
                + Cover.of("ksc-kubecon-2024", HoneyclusterViewModel.PREVIEW_SEED).namespace());
        assertThat(model.coverageProperty().get()).contains("attack leaves observed", "no sensor sees:");
    }

    @Test
    void selecting_a_node_highlights_its_objects_and_an_item_shows_its_yaml() throws Exception {
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));

        selected.set("ssh-bait");
        PlanPreview.Item pod = model.groups().stream().flatMap(g -> g.items().stream())
                .filter(i -> i.key().equals("Pod/ssh-proxy")).findFirst().orElseThrow();
        model.selectedItemProperty().set(pod);

        assertThat(model.highlightedProperty().get()).contains("Pod/ssh-proxy", "Service/ssh-proxy");
        // the demo's policy name, with the deployment id that keeps it from colliding with KSC's own
        assertThat(model.highlightedProperty().get())
                .anyMatch(key -> key.startsWith("TracingPolicyNamespaced/successful-ssh-connections-"));
        assertThat(model.highlightedProperty().get()).doesNotContain("Secret/aws-prod-deployer");
        assertThat(model.yamlProperty().get()).contains("kind: \"Pod\"", "name: \"ssh-proxy\"");
    }

    @Test
    void a_blind_leaf_gets_suggestions_and_taking_one_adds_the_trip_wire_undoably() throws Exception {
        TreeDocument document = new TreeDocument(kubecon());
        HoneyclusterViewModel model = model(document);

        selected.set("from-backup");
        assertThat(model.suggestions()).isNotEmpty();
        model.take(model.suggestions().get(0));

        Node leaf = document.tree().node("from-backup");
        assertThat(leaf.tripwires()).hasSize(1);
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.highlightedProperty().get()).isNotEmpty();
        document.undo();
        assertThat(document.tree().node("from-backup").tripwires()).isEmpty();
    }

    @Test
    void a_model_the_compiler_refuses_says_why() {
        TreeDocument document = new TreeDocument(AttackTree.single("bare", "b", Node.attack("root", "r")));

        HoneyclusterViewModel model = model(document);

        assertThat(model.groups()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Cannot compile:").contains("no trip-wires");
    }
}
