package io.stormcenter.workbench.ui.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.OnScreen;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The heat panel's controls, worked as a user works them, for the GUI tests. */
public final class HeatPanelRobot {

    private HeatPanelRobot() {
    }

    /** Opens the window selector and clicks a choice in its list. */
    public static void chooseWindow(FxRobot robot, String title) {
        robot.clickOn("#heat-window");
        // (its menu is a window of its own, shown as the test goes on: the item is found and placed on the FX thread)
        Point2D item = OnScreen.await("the window choice " + title, () -> robot.lookup(".menu-item")
                .match((Node n) -> n.isVisible() && n.lookup(".label") instanceof Labeled label && title.equals(label.getText()))
                .tryQuery().map(OnScreen::centre));
        robot.clickOn(robot.point(item));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnScreen.read(() -> robot.lookup("#heat-window").queryAs(ChoiceBox.class).getValue()))
                .extracting(choice -> ((WindowChoice) choice).title()).isEqualTo(title);
    }
}
