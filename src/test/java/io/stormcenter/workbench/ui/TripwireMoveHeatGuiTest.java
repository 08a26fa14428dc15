package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trip-wire moved from one step to another through the inspector, as a user moves it (the card clicked, the
 * trip-wire removed from its list, added on the other card), after "Replay demo capture": the heat follows it.
 */
@ExtendWith(ApplicationExtension.class)
class TripwireMoveHeatGuiTest {

    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), ReplayedDemo.SAMPLES, w -> dialogs, false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void moving_the_key_read_trip_wire_from_the_node_escape_to_the_logs_step_moves_its_heat(FxRobot robot)
            throws Exception {
        // given the demo capture: the escaper read the key on the node (AND: the escape complete), one attacker
        // read it through kubectl logs
        ReplayedDemo.replay(robot, window);
        assertThat(heatEdges()).containsEntry(HeatOverlay.key("via-node-escape", "read-key-on-node"), 1)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1)
                .containsEntry(HeatOverlay.key("via-logs", "kubectl-logs"), 1);
        Tripwire keyRead = window.document().tree().node("read-key-on-node").tripwires().get(0);

        // when the key-on-node card is selected, the inspector shown, and its trip-wire removed there
        robot.clickOn("#tool-right-panel");
        ReplayedDemo.clickCard(robot, window, "read-key-on-node");
        clickInInspector(robot, tripwireCell(robot, keyRead));
        clickInInspector(robot, robot.lookup("#remove-tripwire").query());

        // then that step and the escape it completed lose their heat; the logs step keeps its one session
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !heatEdges().containsKey(HeatOverlay.key("via-node-escape", "read-key-on-node")));
        assertThat(heatEdges()).doesNotContainKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape"))
                .containsEntry(HeatOverlay.key("via-logs", "kubectl-logs"), 1);
        assertThat(window.document().tree().node("read-key-on-node").tripwires()).doesNotContain(keyRead);

        // when the logs step's card is selected and the same trip-wire added there (the form answered with it)
        ReplayedDemo.clickCard(robot, window, "kubectl-logs");
        dialogs.tripwires.add(keyRead);
        clickInInspector(robot, robot.lookup("#add-tripwire").query());

        // then the escaper's key read proves the logs step: two sessions on its edge, none on the node escape's
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Integer.valueOf(2).equals(heatEdges().get(HeatOverlay.key("via-logs", "kubectl-logs"))));
        assertThat(heatEdges()).doesNotContainKeys(HeatOverlay.key("via-node-escape", "read-key-on-node"),
                HeatOverlay.key("steal-apiserver-key", "via-node-escape"));
        assertThat(((HeatOverlay) window.heat().overlayProperty().get()).nodes()).containsEntry("kubectl-logs", 2)
                .doesNotContainKey("read-key-on-node");
        assertThat(window.document().tree().node("kubectl-logs").tripwires()).contains(keyRead);
    }

    private Map<String, Integer> heatEdges() {
        return ((HeatOverlay) window.heat().overlayProperty().get()).edges();
    }

    /** The row of the inspector's trip-wire list that shows this trip-wire. */
    private static Node tripwireCell(FxRobot robot, Tripwire tripwire) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#tripwire-list").queryAs(ListView.class);
        return robot.from(list).lookup(".list-cell").match((ListCell<?> cell) -> tripwire.equals(cell.getItem()))
                .query();
    }

    /**
     * Clicks a control of the inspector's trip-wire section, first folding the sections above it (estimates,
     * technique tags) by their titles when it is below the inspector's view, as a user makes room for it.
     */
    private static void clickInInspector(FxRobot robot, Node control) {
        Node inspector = robot.lookup("#inspector").query();
        for (String above : new String[] {"#pane-estimates", "#pane-techniques"}) {
            TitledPane pane = robot.lookup(above).queryAs(TitledPane.class);
            if (!inView(inspector, control) && pane.isExpanded()) {
                Node title = robot.from(pane).lookup(".title").query();
                robot.clickOn(title);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        assertThat(inView(inspector, control)).as("%s is in the inspector's view", control).isTrue();
        robot.clickOn(robot.point(clickPoint(control)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Near the left end of the control: a long trip-wire's row runs far past the panel's right edge. */
    private static Point2D clickPoint(Node control) {
        Bounds at = control.localToScreen(control.getLayoutBounds());
        return new Point2D(at.getMinX() + Math.min(30, at.getWidth() / 2), at.getCenterY());
    }

    private static boolean inView(Node inspector, Node control) {
        Bounds view = inspector.localToScreen(inspector.getLayoutBounds());
        return view != null && control.localToScreen(control.getLayoutBounds()) != null
                && view.contains(clickPoint(control));
    }
}
