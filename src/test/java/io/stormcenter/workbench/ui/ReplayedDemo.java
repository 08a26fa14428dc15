package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The demo capture replayed into a window, and its cards clicked, as the heat GUI tests need them. */
final class ReplayedDemo {

    static final Path SAMPLES = Path.of("sample-models");

    private ReplayedDemo() {
    }

    /**
     * Replays the demo capture into the window and waits until the replay and the model's load are done
     * and its six sessions show, the heat panel on screen. A timeout says what the window was doing.
     */
    static void replay(FxRobot robot, WorkbenchWindow window) throws Exception {
        robot.interact(() -> window.replayDemoCapture(SAMPLES));
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    !window.replayingProperty().get() && !window.files().busyProperty().get()
                            && window.heat().sessions().size() == 6).get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException stuck) {
            String state = WaitForAsyncUtils.asyncFx(() -> "replaying " + window.replayingProperty().get()
                    + ", loading " + window.files().busyProperty().get() + ", " + window.heat().sessions().size()
                    + " sessions, heat status '" + window.heat().statusProperty().get() + "', banner "
                    + window.files().bannerProperty().get()).get(10, TimeUnit.SECONDS);
            throw new AssertionError("the replay did not settle on six sessions within 60 s: " + state, stuck);
        }
        // the opening view may fold the left panel away once the analysis frames the tree: show it again
        for (int attempt = 0; attempt < 100 && !heatPanelShown(robot); attempt++) {
            robot.interact(() -> window.selectTab(WindowTab.HEAT));
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertThat(heatPanelShown(robot)).as("the heat panel is on screen").isTrue();
    }

    /** Clicks a node's card (scrolled into view first) and checks that it became the selection. */
    static void clickCard(FxRobot robot, WorkbenchWindow window, String nodeId) {
        WaitForAsyncUtils.waitForFxEvents();
        var center = WaitForAsyncUtils.asyncFx(() -> {
            window.canvas().reveal(nodeId);
            return window.canvas().screenCenterOf(nodeId);
        });
        robot.clickOn(robot.point(WaitForAsyncUtils.waitFor(center)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().primaryProperty().get()).isEqualTo(nodeId);
    }

    /** Looked up on the FX thread: the scene graph changes under a lookup from the test's thread as panels fold. */
    static boolean heatPanelShown(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#heat-sessions").tryQuery().filter(Node::isVisible)
                .filter(n -> n.getScene() != null).isPresent()).get(10, TimeUnit.SECONDS);
    }
}
