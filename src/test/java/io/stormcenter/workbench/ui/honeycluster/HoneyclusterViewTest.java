package io.stormcenter.workbench.ui.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.stormcenter.workbench.ui.OnScreen;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.honeycluster.BaitWorkload;
import io.stormcenter.workbench.honeycluster.Cover;
import io.stormcenter.workbench.honeycluster.Suggestion;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Honeycluster tab on a (headless) screen: tree of objects, highlight, YAML, suggestions. */
@ExtendWith(ApplicationExtension.class)
class HoneyclusterViewTest {

    private final SimpleStringProperty selected = new SimpleStringProperty();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TreeDocument document;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new TreeDocument(HoneyclusterViewModelTest.kubecon());
        HoneyclusterViewModel model = new HoneyclusterViewModel(document, selected, Runnable::run, Runnable::run);
        Scene scene = new Scene(new HoneyclusterView(model, dialogs), 520, 820);
        scene.getStylesheets().add(HoneyclusterView.class.getResource(WorkbenchCss.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void the_selected_nodes_objects_are_accented_and_clicking_one_shows_its_yaml(FxRobot robot) {
        robot.interact(() -> selected.set("ssh-bait"));

        @SuppressWarnings("unchecked")
        TreeView<Object> objects = robot.lookup("#honey-objects").queryAs(TreeView.class);
        assertThat(OnScreen.read(() -> objects.getRoot().getChildren().size())).isPositive();
        String namespace = "Namespace/" + Cover.of("ksc-kubecon-2024", HoneyclusterViewModel.PREVIEW_SEED).namespace();
        assertThat(objectRow(robot, namespace).styleClasses()).doesNotContain(WorkbenchCss.OF_SELECTED_NODE);
        robot.interact(() -> objects.getRoot().getChildren().forEach(group -> {
            if (!group.getValue().toString().contains("Bait")) {
                group.setExpanded(false);
            }
        }));
        String bait = "Pod/" + Cover.of("ksc-kubecon-2024", HoneyclusterViewModel.PREVIEW_SEED).baitName(BaitWorkload.SSH, 1);
        ObjectRow pod = objectRow(robot, bait);
        assertThat(pod.styleClasses()).contains(WorkbenchCss.OF_SELECTED_NODE);
        assertThat(pod.graphic()).as("a marker beside the object, not only a colour").isInstanceOf(FontIcon.class);
        robot.clickOn(robot.point(pod.centre()));
        assertThat(robot.lookup("#honey-yaml").queryAs(TextArea.class).getText()).contains("kind: \"Pod\"");
        snapshot(robot, "honeycluster-view.png");
    }

    @Test
    void a_suggestion_for_a_blind_leaf_reads_as_words_and_is_added_with_the_button(FxRobot robot) {
        robot.interact(() -> selected.set("from-backup"));
        ListView<?> suggestions = robot.lookup("#honey-suggestions").queryAs(ListView.class);
        assertThat(OnScreen.read(() -> List.copyOf(suggestions.getItems()))).isNotEmpty();
        // the suggestion reads as technique, kind and parameters, not as a map
        // (the list reuses its cells: the one showing it is found and read in one go on the FX thread)
        Suggestion first = (Suggestion) OnScreen.read(() -> suggestions.getItems().get(0));
        String shown = OnScreen.await("the first suggestion's row", () -> robot.lookup("#honey-suggestions .list-cell")
                .match((ListCell<?> c) -> c.getItem() == first).tryQueryAs(ListCell.class).map(ListCell::getText));
        assertThat(shown).isEqualTo(HoneyclusterViewModel.describe(first)).doesNotContain("{", "=")
                .startsWith(first.technique());

        robot.interact(() -> suggestions.getSelectionModel().select(0));
        robot.clickOn(robot.lookup("#honey-take-suggestion").queryAs(Button.class));

        assertThat(document.tree().node("from-backup").tripwires()).hasSize(1);
    }

    @Test
    void write_files_asks_for_a_folder_and_writes_the_plan_into_it(FxRobot robot, @TempDir Path folder) {
        // given a folder chosen in the dialog
        Path target = folder.resolve("honeycluster");
        dialogs.files.add(target);
        // when Write files is clicked
        robot.clickOn("#honey-write-files");
        WaitForAsyncUtils.waitForFxEvents();
        // then the plan is there and the tab says so
        assertThat(target.resolve("plan.json")).exists();
        assertThat(target.resolve("kustomization.yaml")).exists();
        assertThat(robot.lookup("#honey-written").queryLabeled().getText()).startsWith("Wrote ");
    }

    @Test
    void a_tree_without_trip_wires_shows_how_to_start_and_nothing_to_write(FxRobot robot) {
        robot.interact(() -> document.load(TreeDocument.untitledTree(), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#honey-status").queryLabeled().getText()).startsWith("No trip-wires yet");
        boolean shown = true;
        for (javafx.scene.Node at = robot.lookup("#honey-objects").query(); at != null; at = at.getParent()) {
            shown &= at.isVisible();
        }
        assertThat(shown).as("the empty object list is hidden").isFalse();
        assertThat(robot.lookup("#honey-write-files").queryButton().isDisabled()).isTrue();
        robot.interact(() -> selected.set("goal"));
        assertThat(robot.lookup("#honey-suggestions-hint").queryLabeled().getText()).contains("technique tags");
    }

    /** A row of the object tree as drawn: its style classes, its graphic and its centre on screen. */
    private record ObjectRow(List<String> styleClasses, Node graphic, Point2D centre) {
    }

    /**
     * The row of the object tree that shows this text, found and read in one go on the FX thread: the tree
     * reuses its cells, so a cell found earlier may show another object by now.
     */
    private static ObjectRow objectRow(FxRobot robot, String text) {
        return OnScreen.await(text + " in the object tree", () -> robot.lookup("#honey-objects .tree-cell")
                .match((TreeCell<?> cell) -> !cell.isEmpty() && text.equals(cell.getText())).tryQueryAs(TreeCell.class)
                .map(cell -> new ObjectRow(List.copyOf(cell.getStyleClass()), cell.getGraphic(), OnScreen.centre(cell))));
    }

    /** Writes what the view shows to target/, so a person can look at it. */
    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            var image = stage.getScene().snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("target", name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
