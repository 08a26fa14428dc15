package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Deploy panel's sensor section on a headless screen, on a machine without helm (an empty PATH). */
@ExtendWith(ApplicationExtension.class)
class DeploySensorsGuiTest {

    @Start
    void start(Stage stage) throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
        KubeContext context = new KubeContext("kind-honey", "c", "https://127.0.0.1:6443", "u", null);
        DeployViewModel model = new DeployViewModel((kubeconfig, c) -> {
            throw new AssertionError("showing the sensors' settings connects to nothing");
        }, SafetyPolicy.defaults(), TaskLane.immediate(Runnable::run, Runnable::run), Runnable::run,
                Map.of("PATH", ""));
        model.contexts().setAll(List.of(context));
        model.contextProperty().set(context);
        stage.setScene(new Scene(new DeployView(model, () -> tree, () -> null), 480, 900));
        stage.show();
    }

    @Test
    void sensor_settings_shows_the_helm_commands_and_values_and_without_helm_says_so_with_install_off(FxRobot robot)
            throws IOException {
        TitledPane sensors = robot.lookup("#deploy-sensors").queryAs(TitledPane.class);
        assertThat(sensors.isExpanded()).as("folded until wanted").isFalse();
        robot.interact(() -> sensors.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "deploy-sensors-folded.png");
        robot.clickOn("#deploy-sensors-show");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "deploy-sensors.png");

        TextArea settings = robot.lookup("#deploy-sensor-settings").queryAs(TextArea.class);
        assertThat(settings.isVisible()).isTrue();
        assertThat(settings.getText()).contains("helm upgrade --install falco falcosecurity/falco",
                "helm upgrade --install tetragon cilium/tetragon", "# ---- falco-values.yaml ----");
        assertThat(robot.lookup("#deploy-helm-state").queryLabeled().getText()).startsWith("helm is not on the PATH");
        assertThat(robot.lookup("#deploy-sensors-install").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static void snapshot(FxRobot robot, String name) throws IOException {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#deploy-view").query().snapshot(null, null), null),
                        "png", shot.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
