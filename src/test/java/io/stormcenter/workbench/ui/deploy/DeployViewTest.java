package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.cluster.ApplyMethod;
import io.stormcenter.workbench.cluster.AuditEventLookup;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.PlannedChange;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.Cover;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.CredentialRedaction;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Deploy panel on a headless screen: Check plan fills the plan from the sample model and enables Deploy. */
@EnableKubernetesMockClient(crud = true)
@ExtendWith(ApplicationExtension.class)
class DeployViewTest {

    static KubernetesClient client;

    /** A client of its own for each connection, as the window opens one per call and closes it after. */
    static KubernetesClient connection() {
        return new KubernetesClientBuilder().withConfig(client.getConfiguration()).build();
    }

    private AttackTree tree;
    private DeployViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        tree = TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
        KubeContext context = new KubeContext("kind-dev", "c", client.getMasterUrl().toString(), "u", null);
        model = new DeployViewModel((kubeconfig, c) -> new HoneyclusterDeployer(
                new ClusterSession(c, connection(), CredentialRedaction.shapesOnly()), ApplyMethod.createOrReplace(),
                SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC(), Duration.ZERO),
                SafetyPolicy.defaults(), Runnable::run, Runnable::run);
        model.contexts().setAll(List.of(context));
        model.contextProperty().set(context);
        stage.setScene(new Scene(new DeployView(model, () -> tree, () -> null), 480, 820));
        stage.show();
    }

    @Test
    void check_plan_lists_the_compiled_objects_and_enables_deploy(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#deploy-run").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#deploy-preview");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<PlannedChange> plan = robot.lookup("#deploy-plan").queryListView();
        assertThat(plan.getItems()).isNotEmpty();
        assertThat(plan.getItems().get(0).toString()).startsWith("create Namespace " + Cover.of(tree.id(), 1).namespace());
        assertThat(robot.lookup("#deploy-run").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#deploy-confirmation").queryLabeled().getText()).contains("context 'kind-dev'");
        snapshot(robot, "deploy-view.png");
    }

    /** A picture of the panel in target/, to look at. */
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

    @Test
    void a_production_looking_context_shows_the_override_and_keeps_deploy_off_until_it_is_ticked(FxRobot robot)
            throws IOException {
        CheckBox production = robot.lookup("#deploy-production").queryAs(CheckBox.class);
        assertThat(production.getParent().isVisible()).isFalse();
        KubeContext prod = new KubeContext("shop-production", "c", client.getMasterUrl().toString(), "u", null);
        robot.interact(() -> {
            model.contexts().add(prod);
            model.contextProperty().set(prod);
        });

        assertThat(production.getParent().isVisible()).isTrue();
        robot.clickOn("#deploy-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deploy-plan").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#deploy-message").queryLabeled().getText()).contains("looks like production");

        robot.clickOn("#deploy-production");
        robot.clickOn("#deploy-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deploy-plan").queryListView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#deploy-run").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#deploy-confirmation").queryLabeled().getText()).contains("PRODUCTION");
        snapshot(robot, "deploy-view-production.png");
    }
}
