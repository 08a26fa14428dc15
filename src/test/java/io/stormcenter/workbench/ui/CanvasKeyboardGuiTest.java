package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard on the canvas: the keys that add nodes, Tab, moving to the inspector and back, and text fields. */
@ExtendWith(ApplicationExtension.class)
class CanvasKeyboardGuiTest {

    @TempDir
    static Path home;

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"), w -> new ScriptedDialogs(),
                false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    private void clickCard(FxRobot robot, String nodeId) {
        WaitForAsyncUtils.waitForFxEvents();
        var center = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenCenterOf(nodeId));
        robot.clickOn(robot.point(WaitForAsyncUtils.waitFor(center)));
    }

    private Node only(Role role, String except) {
        AttackTree tree = window.document().tree();
        return tree.nodes().stream().filter(n -> n.role() == role && !n.id().equals(except)).findFirst().orElseThrow();
    }

    private javafx.scene.Node focusOwner() {
        return window.scene().getFocusOwner();
    }

    @Test
    void the_key_that_adds_a_node_is_not_typed_into_its_name(FxRobot robot) {
        // given the root selected
        clickCard(robot, "goal");
        // when D adds a defence and its name is typed straight away
        robot.type(KeyCode.D);
        robot.write("WAF");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // then the name is what was typed, without the 'd'
        assertThat(only(Role.DEFENCE, null).label()).isEqualTo("WAF");

        // and the same for Tab (a child) and Enter (a sibling)
        clickCard(robot, "goal");
        robot.type(KeyCode.TAB);
        robot.write("Shell");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        robot.write("Exec");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().tree().nodes()).extracting(Node::label).contains("Shell", "Exec");
    }

    @Test
    void tab_with_nothing_selected_adds_nothing_and_says_nothing(FxRobot robot) {
        // given the canvas has the keyboard and nothing is selected
        clickCard(robot, "goal");
        robot.interact(() -> window.editor().select(null));
        // when Tab is pressed
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        // then no node is added, and no complaint is left in the status bar
        assertThat(window.document().tree().size()).isEqualTo(1);
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEmpty();
    }

    @Test
    void f6_moves_the_keyboard_to_the_inspector_and_back_to_the_canvas(FxRobot robot) {
        // given a selected node on the canvas
        clickCard(robot, "goal");
        // when F6 is pressed
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        // then the inspector's label field has the keyboard
        assertThat(focusOwner().getId()).isEqualTo("field-label");
        // and F6 again gives it back to the canvas, where D adds a defence
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).isNotInstanceOf(TextInputControl.class);
        robot.type(KeyCode.D);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().tree().size()).isEqualTo(2);
        // Ctrl+Tab on the canvas goes to the inspector too
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).isInstanceOf(TextInputControl.class);
    }

    @Test
    void clicking_into_the_inspector_while_renaming_keeps_the_keyboard_in_the_inspector(FxRobot robot) {
        // given the root being renamed on the canvas
        clickCard(robot, "goal");
        robot.type(KeyCode.F2);
        assertThat(window.canvas().gestures().isRenaming()).isTrue();
        // when the inspector's label field is clicked and typed into
        robot.clickOn("#field-label");
        robot.push(KeyCode.END);
        robot.write(" d");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // then the text went to the field, and the tree did not grow a defence
        assertThat(focusOwner().getId()).isEqualTo("field-label");
        assertThat(window.document().tree().size()).isEqualTo(1);
        assertThat(window.document().tree().root().label()).endsWith(" d");
    }

    @Test
    void a_message_about_the_last_command_goes_when_the_user_moves_on(FxRobot robot) {
        // given a complaint in the status bar
        robot.interact(() -> window.editor().select(null));
        robot.interact(() -> window.editor().addChild());
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEqualTo("Select a node first");
        // when a node is then selected
        clickCard(robot, "goal");
        // then the complaint is gone
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEmpty();
    }
}
