package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** STIX as a user meets it in the window: File > Export / Import STIX, and File > Share observations after the demo. */
@ExtendWith(ApplicationExtension.class)
class StixWindowGuiTest {

    private static final Path SAMPLES = Path.of("sample-models");

    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), SAMPLES, w -> dialogs, false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void a_tree_exported_as_stix_from_the_file_menu_imports_back_as_the_same_tree(FxRobot robot) throws Exception {
        // given the KubeCon sample open
        WaitForAsyncUtils.asyncFx(() -> window.files().load(SAMPLES.resolve("ksc-kubecon-2024.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        AttackTree opened = window.document().tree();
        Path target = home.resolve("kubecon.stix.json");

        // when it is exported, the window closed on it, and the bundle imported
        dialogs.files.add(target);
        robot.interact(MenuItems.byId(robot, "menu-export-stix")::fire);
        dialogs.files.add(target);
        robot.interact(MenuItems.byId(robot, "menu-import-stix")::fire);
        WaitForAsyncUtils.waitForFxEvents();

        // then the same tree is back, as an import (never to be saved over the bundle)
        assertThat(dialogs.asked).contains("save-as STIX", "open STIX");
        assertThat(Files.readString(target)).contains("\"spec_version\" : \"2.1\"", "\"type\" : \"intrusion-set\"");
        assertThat(window.document().tree()).isEqualTo(opened);
        assertThat(window.document().file()).isNull();
        // and the banner shows the import's words, not the sample's from before (AtlantaFX 2.0.1 mixed them up)
        List<String> shown = OnScreen.read(() -> robot.lookup(".message .title").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList());
        assertThat(shown).containsExactly("Imported kubecon.stix.json");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        picture(stage.getScene(), "stix-imported-window.png");
    }

    @Test
    void after_the_demo_replay_share_observations_offers_what_the_heat_panel_shows_anonymised(FxRobot robot)
            throws Exception {
        // given the demo capture replayed into the heat panel
        robot.interact(() -> window.replayDemoCapture(SAMPLES));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.heat().sessions().isEmpty());

        // when File > Share observations is chosen
        robot.interact(MenuItems.byId(robot, "menu-share")::fire);
        Stage dialog = shareDialog(robot);
        Label summary = (Label) dialog.getScene().lookup("#share-summary");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("From "));
        WaitForAsyncUtils.waitForFxEvents();

        // then it shares the heat panel's sessions, and the bundle names nothing of the demo cluster
        assertThat(((RadioButton) dialog.getScene().lookup("#share-from-heat")).isSelected()).isTrue();
        assertThat(summary.getText()).startsWith("From the observations the heat panel shows, all recorded observations: 6 sessions");
        String bundle = ((TextArea) dialog.getScene().lookup("#share-preview")).getText();
        assertThat(bundle).contains("\"type\" : \"sighting\"", "/usr/bin/nsenter -t 1 -m -u -i -n -p -- bash")
                .doesNotContain("inventory-live", "jumphost", "worker-1", "10.42.", "10.43.", "kubernetes-admin");
        picture(dialog.getScene(), "share-dialog-demo.png");
        robot.interact(dialog::close);
    }

    private static Stage shareDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Share observations".equals(s.getTitle())));
        for (Window w : robot.listWindows()) {
            if (w instanceof Stage s && "Share observations".equals(s.getTitle())) {
                return s;
            }
        }
        throw new AssertionError("no Share observations window");
    }

    private static void picture(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File("target", name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
