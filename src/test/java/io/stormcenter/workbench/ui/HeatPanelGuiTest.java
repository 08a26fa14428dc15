package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The heat panel after "Replay demo capture", at the width the window gives it at 1280x800. */
@ExtendWith(ApplicationExtension.class)
class HeatPanelGuiTest {

    private static final Path SAMPLES = Path.of("sample-models");

    @TempDir
    static Path home;

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), SAMPLES, w -> new ScriptedDialogs(), false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void the_sessions_and_their_observations_fit_the_panel_without_scrolling_sideways(FxRobot robot) throws Exception {
        // given the demo capture replayed and the heat panel shown
        robot.interact(() -> window.replayDemoCapture(SAMPLES));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.heat().sessions().isEmpty());
        // the opening view may fold the left panel away once the analysis frames the tree: show it again
        for (int attempt = 0; attempt < 100 && !heatPanelShown(robot); attempt++) {
            robot.interact(() -> window.selectTab(WindowTab.HEAT));
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }

        // when the first session is selected
        robot.interact(() -> window.heat().selectedProperty().set(window.heat().sessions().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(heatPanelShown(robot)).as("the heat panel is on screen").isTrue();

        // then neither list scrolls sideways: long lines are cut with an ellipsis, whole in the tooltip
        for (String list : new String[] {"#heat-sessions", "#heat-observations"}) {
            Node view = robot.lookup(list).query();
            assertThat(robot.from(view).lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                    .as(list + " has no visible horizontal scroll bar")
                    .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        }
    }

    private static boolean heatPanelShown(FxRobot robot) {
        return robot.lookup("#heat-sessions").tryQuery().filter(Node::isVisible).filter(n -> n.getScene() != null)
                .isPresent();
    }
}
