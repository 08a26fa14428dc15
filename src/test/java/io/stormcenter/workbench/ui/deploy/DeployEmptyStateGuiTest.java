package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.format.TreeFiles;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Deploy panel before there is a cluster, and what it says when the context changes. */
@ExtendWith(ApplicationExtension.class)
class DeployEmptyStateGuiTest {

    private DeployViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
        // no cluster is ever reached here: connecting fails loudly if a test tries
        model = new DeployViewModel((kubeconfig, context) -> {
            throw new AssertionError("nothing may be sent without a context");
        }, SafetyPolicy.defaults(), Runnable::run, Runnable::run);
        stage.setScene(new Scene(new DeployView(model, () -> tree, () -> null), 420, 800));
        stage.show();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void without_a_context_the_panel_tells_how_to_get_a_cluster_and_sends_nothing(FxRobot robot) {
        // given no kubeconfig context at all
        WaitForAsyncUtils.waitForFxEvents();
        // then the empty state says how to get one, with commands to copy
        Node empty = robot.lookup("#deploy-no-cluster").query();
        assertThat(shown(empty)).isTrue();
        assertThat(robot.lookup("#deploy-no-cluster .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("kind or k3d"));
        assertThat(robot.lookup("#deploy-no-cluster .text-field").queryAll()).extracting(n ->
                ((javafx.scene.control.TextField) n).getText()).contains("kind create cluster --name ksc",
                "k3d cluster create ksc");
        // and no button that needs a cluster is shown or enabled
        for (String id : List.of("#deploy-preview", "#deploy-status", "#deploy-teardown", "#deploy-test-connection")) {
            Button button = robot.lookup(id).queryButton();
            assertThat(shown(button) && !button.isDisabled()).as(id).isFalse();
        }
    }

    @Test
    void with_contexts_but_none_chosen_the_buttons_that_need_a_cluster_are_off_until_one_is(FxRobot robot) {
        // given a kubeconfig with a context, none of it chosen
        KubeContext dev = new KubeContext("kind-dev", "c", "https://127.0.0.1:6444", "u", null);
        robot.interact(() -> {
            model.contexts().setAll(List.of(dev));
            model.contextProperty().set(null);
        });
        // then the panel shows its buttons, and every one that would talk to a cluster is off
        assertThat(shown(robot.lookup("#deploy-no-cluster").query())).isFalse();
        List<String> needCluster = List.of("#deploy-preview", "#deploy-status", "#deploy-teardown", "#deploy-test-connection");
        for (String id : needCluster) {
            Button button = robot.lookup(id).queryButton();
            assertThat(shown(button)).as(id + " shown").isTrue();
            assertThat(button.isDisabled()).as(id + " off").isTrue();
        }
        // when the context is chosen, they are on
        robot.interact(() -> model.contextProperty().set(dev));
        for (String id : needCluster) {
            assertThat(robot.lookup(id).queryButton().isDisabled()).as(id + " on").isFalse();
        }
    }

    @Test
    void with_a_context_the_fields_are_labelled_the_message_is_on_top_and_a_switch_forgets_the_old_error(FxRobot robot) {
        // given two contexts, the first looking like production
        KubeContext production = new KubeContext("prod-eu", "c", "https://127.0.0.1:6443", "u", null);
        KubeContext dev = new KubeContext("kind-dev", "c", "https://127.0.0.1:6444", "u", null);
        robot.interact(() -> {
            model.contexts().setAll(List.of(production, dev));
            model.contextProperty().set(production);
        });
        assertThat(shown(robot.lookup("#deploy-no-cluster").query())).isFalse();
        assertThat(robot.lookup("#deploy-preview").queryButton().isDisabled()).isFalse();
        // when Check plan is refused for the production context
        robot.clickOn("#deploy-preview");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#deploy-message").queryAs(Label.class);
        assertThat(message.getText()).contains("looks like production");
        // then the message sits above the plan, not at the bottom of the panel
        Bounds said = message.localToScene(message.getLayoutBounds());
        Node plan = robot.lookup("#deploy-plan").query();
        assertThat(said.getMaxY()).isLessThanOrEqualTo(plan.localToScene(plan.getLayoutBounds()).getMinY());
        // and the boxes have captions
        assertThat(robot.lookup(".field-name").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Namespace", "Plan (Check plan fills it)", "Objects and findings");
        // when another context is chosen, the old context's refusal is gone
        robot.interact(() -> model.contextProperty().set(dev));
        assertThat(message.getText()).isEmpty();
        assertThat(shown(message)).isFalse();
    }
}
