package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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
        clickInInspector(robot, "the key read's row", tripwireCell(robot, keyRead));
        clickInInspector(robot, "Remove", () -> robot.lookup("#remove-tripwire").tryQuery());

        // then that step and the escape it completed lose their heat; the logs step keeps its one session
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !heatEdges().containsKey(HeatOverlay.key("via-node-escape", "read-key-on-node")));
        assertThat(heatEdges()).doesNotContainKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape"))
                .containsEntry(HeatOverlay.key("via-logs", "kubectl-logs"), 1);
        assertThat(window.document().tree().node("read-key-on-node").tripwires()).doesNotContain(keyRead);

        // when the logs step's card is selected and the same trip-wire added there (the form answered with it)
        ReplayedDemo.clickCard(robot, window, "kubectl-logs");
        dialogs.tripwires.add(keyRead);
        clickInInspector(robot, "Add", () -> robot.lookup("#add-tripwire").tryQuery());

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

    /**
     * Finds the row of the inspector's trip-wire list that shows this trip-wire (on the FX thread: the list
     * reuses its cells, so a row found earlier may show another trip-wire by now).
     */
    private static Supplier<Optional<Node>> tripwireCell(FxRobot robot, Tripwire tripwire) {
        return () -> robot.lookup("#tripwire-list .list-cell")
                .match((ListCell<?> cell) -> !cell.isEmpty() && tripwire.equals(cell.getItem())).tryQuery();
    }

    /**
     * Clicks a control of the inspector's trip-wire section, first folding the sections above it (estimates,
     * technique tags) by their titles when it is below the inspector's view, as a user makes room for it. The
     * control is found again, and where to click it read, on the FX thread each time.
     */
    private static void clickInInspector(FxRobot robot, String what, Supplier<Optional<Node>> control) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String above : new String[] {"#pane-estimates", "#pane-techniques"}) {
            boolean fold = OnScreen.read(() -> clickPointInView(robot, control).isEmpty()
                    && robot.lookup(above).queryAs(TitledPane.class).isExpanded());
            if (fold) {
                Node title = robot.from(robot.lookup(above).queryAs(TitledPane.class)).lookup(".title").query();
                robot.clickOn(title);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        Point2D at = OnScreen.await(what + ", in the inspector's view", () -> clickPointInView(robot, control));
        robot.clickOn(robot.point(at));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where to click the control, on screen, when it is found and inside the inspector's view (on the FX thread). */
    private static Optional<Point2D> clickPointInView(FxRobot robot, Supplier<Optional<Node>> control) {
        Node inspector = robot.lookup("#inspector").query();
        return control.get().filter(found -> inView(inspector, found)).map(TripwireMoveHeatGuiTest::clickPoint);
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
