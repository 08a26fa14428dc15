package io.stormcenter.workbench.ui;

import static io.stormcenter.workbench.ui.heat.HeatPanelRobot.chooseWindow;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The heat panel after "Replay demo capture", at the width the window gives it at 1280x800: used as a user
 * uses it (the timeline dragged, windows chosen and typed, the tree edited), with the heat and sessions it
 * then shows counted exactly from the capture.
 */
@ExtendWith(ApplicationExtension.class)
class HeatPanelGuiTest {

    private static final Path SAMPLES = ReplayedDemo.SAMPLES;

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
        ReplayedDemo.replay(robot, window);

        // when the first session is selected
        robot.interact(() -> window.heat().selectedProperty().set(window.heat().sessions().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ReplayedDemo.heatPanelShown(robot)).as("the heat panel is on screen").isTrue();

        // then neither list scrolls sideways: long lines are cut with an ellipsis, whole in the tooltip
        for (String list : new String[] {"#heat-sessions", "#heat-observations"}) {
            Node view = robot.lookup(list).query();
            assertThat(robot.from(view).lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                    .as(list + " has no visible horizontal scroll bar")
                    .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        }
        // and the links that hold the session together take a line per kind, leaving both lists room for rows
        String links = robot.lookup("#heat-links").queryLabeled().getText();
        assertThat(links.lines()).allMatch(line -> line.startsWith("joined by ")).hasSizeLessThanOrEqualTo(4)
                .anyMatch(line -> line.startsWith("joined by pod inventory-live/jumphost"))
                .anyMatch(line -> line.matches("joined by exec_id lineage \\(\\d+ processes\\)"));
        for (String list : new String[] {"#heat-sessions", "#heat-observations"}) {
            assertThat(robot.lookup(list).query().getLayoutBounds().getHeight()).as(list + " height").isGreaterThan(90);
        }
        // (pictures of the selected session's path over the heat, light and dark, to look at)
        ScenePicture.write(robot, window.scene(), Path.of("target", "heat-session-light.png"));
        robot.interact(() -> window.setTheme(true));
        WaitForAsyncUtils.waitForFxEvents();
        ScenePicture.write(robot, window.scene(), Path.of("target", "heat-session-dark.png"));
    }

    @Test
    void the_replayed_heat_is_framed_with_the_goal_the_analysis_path_unlit(FxRobot robot) throws Exception {
        // when the demo capture is replayed into the 1280x800 window
        ReplayedDemo.replay(robot, window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.analysis().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        // then the right-hand panel made room, the goal the attackers reached is on screen, and no analysis
        // scenario is lit in the same yellow a selected session's path takes
        assertThat(window.rightPanelShownProperty().get()).isFalse();
        Bounds viewport = robot.lookup("#canvas-viewport").query().localToScreen(
                robot.lookup("#canvas-viewport").query().getBoundsInLocal());
        Point2D goal = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenCenterOf("steal-apiserver-key"))
                .get(10, TimeUnit.SECONDS);
        assertThat(viewport.contains(goal)).as("the goal's card at %s lies in %s", goal, viewport).isTrue();
        assertThat(window.analysis().scenarioNodesProperty().get()).isEmpty();
    }

    @Test
    void after_a_replay_every_heated_edge_lies_within_the_visible_canvas(FxRobot robot) throws Exception {
        // when the demo capture is replayed into the 1280x800 window (the escape branch was cut off at its right)
        ReplayedDemo.replay(robot, window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.analysis().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        // then each edge some session traversed is on screen, inside the canvas's viewport
        List<HeatEdge> heated = window.heat().heat().edges();
        assertThat(heated).extracting(e -> e.parent() + ">" + e.child())
                .contains("steal-apiserver-key>via-node-escape", "via-node-escape>read-key-on-node");
        Bounds viewport = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewportScreenBounds()).get(10, TimeUnit.SECONDS);
        for (HeatEdge edge : heated) {
            Bounds drawn = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenBoundsOfEdge(edge.parent(), edge.child()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(viewport.contains(drawn)).as("edge %s > %s at %s lies in %s", edge.parent(), edge.child(), drawn,
                    viewport).isTrue();
        }
        // and the zoom is the canvas's to choose but never above 100 %
        assertThat(window.canvas().zoomProperty().get()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void opening_the_right_panel_after_a_replay_keeps_the_heat_whole_and_drops_the_hidden_panel_line(FxRobot robot)
            throws Exception {
        // given the replayed heat, framed whole with the right-hand panel folded away to make room
        ReplayedDemo.replay(robot, window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.analysis().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).startsWith("The right-hand panel is hidden");
        double zoomBefore = window.canvas().zoomProperty().get();

        // when the user opens the Live tab, which brings the right-hand panel back and narrows the canvas
        robot.interact(() -> window.selectTab(WindowTab.LIVE));
        WaitForAsyncUtils.waitForFxEvents();

        // then every heated edge is still inside the viewport (the view was re-framed, not left cut off),
        Bounds viewport = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewportScreenBounds()).get(10, TimeUnit.SECONDS);
        for (HeatEdge edge : window.heat().heat().edges()) {
            Bounds drawn = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenBoundsOfEdge(edge.parent(), edge.child()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(viewport.contains(drawn)).as("edge %s > %s at %s lies in %s", edge.parent(), edge.child(), drawn,
                    viewport).isTrue();
        }
        assertThat(window.canvas().zoomProperty().get()).isLessThan(zoomBefore);
        // and the status line no longer says the panel is hidden
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEmpty();
    }

    @Test
    void a_view_the_user_zoomed_after_the_replay_is_kept_when_the_right_panel_opens(FxRobot robot) throws Exception {
        // given the replayed heat, framed whole, and then zoomed in once by the user
        ReplayedDemo.replay(robot, window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.analysis().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = window.canvas().zoomProperty().get();

        // when the right-hand panel comes back
        robot.interact(() -> window.selectTab(WindowTab.LIVE));
        WaitForAsyncUtils.waitForFxEvents();

        // then the user's zoom stays
        assertThat(window.canvas().zoomProperty().get()).isEqualTo(zoomed);
    }

    @Test
    void replaying_three_times_runs_on_one_thread_and_closing_the_window_stops_it(FxRobot robot) throws Exception {
        // given the replay threads some earlier window may have left
        Set<Thread> before = replayThreads();

        // when the demo capture is replayed three times
        for (int replay = 0; replay < 3; replay++) {
            ReplayedDemo.replay(robot, window);
        }

        // then one thread ran them all
        assertThat(newOnes(replayThreads(), before)).hasSizeLessThanOrEqualTo(1);

        // when the window closes, then that thread ends too
        robot.interact(window::shutdown);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> newOnes(replayThreads(), before).isEmpty());
    }

    private static Set<Thread> replayThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("ksc-heat-replay"))
                .collect(Collectors.toSet());
    }

    private static Set<Thread> newOnes(Set<Thread> now, Set<Thread> before) {
        return now.stream().filter(t -> !before.contains(t)).collect(Collectors.toSet());
    }

    @Test
    void dragging_the_timeline_back_replays_how_the_heat_grew(FxRobot robot) throws Exception {
        // given the demo capture (09:00:09 to 23:53 UTC; attackers come at 09:40, 12:10, 14:30, 16:05, 19:20 and
        // 21:45, the first one all the way down the logs path) in the window All
        ReplayedDemo.replay(robot, window);
        Slider scrubber = robot.lookup("#heat-scrubber").queryAs(Slider.class);
        Node thumb = robot.from(scrubber).lookup(".thumb").query();

        // when the thumb is dragged to 58 % of the timeline (about 17:47) and held there
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(pointOnTrack(robot, scrubber, 0.58));
        WaitForAsyncUtils.waitForFxEvents();
        // then nothing is correlated while the thumb is held
        assertThat(listed(robot)).hasSize(6);
        // when it is let go
        robot.release(MouseButton.PRIMARY);
        awaitListed(robot, 4);

        // then the four attackers who had come by then are listed, and the edges carry their heat
        assertThat(listed(robot)).extracting(HeatPanelGuiTest::firstSeen)
                .containsExactly("03-20 09:40", "03-20 12:10", "03-20 14:30", "03-20 16:05");
        assertThat(heatEdges()).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 4)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-logs"), 1)
                .doesNotContainKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape"));
        assertThat(robot.lookup("#heat-status").queryLabeled().getText()).startsWith("4 sessions");
        assertThat(robot.lookup("#heat-timeline").queryLabeled().getText()).startsWith("up to 03-20 17:");

        // when it is dragged to the start of the timeline, then no attacker had come yet
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(pointOnTrack(robot, scrubber, -0.1)).release(MouseButton.PRIMARY);
        awaitListed(robot, 0);
        assertThat(heatEdges()).isEmpty();
        assertThat(robot.lookup("#heat-status").queryLabeled().getText()).startsWith("0 sessions");

        // when End is pressed on the focused scrubber, then the whole window's heat is back
        robot.type(KeyCode.END);
        awaitListed(robot, 6);
        assertThat(heatEdges()).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 6)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1);
        assertThat(robot.lookup("#heat-timeline").queryLabeled().getText()).isEqualTo("03-20 09:00 \u2013 23:53 UTC");
    }

    @Test
    void the_window_chosen_in_the_selector_cuts_the_heat_and_the_sessions(FxRobot robot) throws Exception {
        // given the demo capture, which ends at 23:53 UTC with the workload's health checks
        ReplayedDemo.replay(robot, window);

        // when the last hour is chosen, then nobody attacked in it
        chooseWindow(robot, "1 h");
        awaitListed(robot, 0);
        assertThat(heatEdges()).isEmpty();

        // when the last 24 hours, the last 7 days, all of it: then all six attackers
        for (String window : new String[] {"24 h", "7 d", "All"}) {
            chooseWindow(robot, window);
            awaitListed(robot, 6);
            if (!window.equals("All")) {
                // a replay has no "now": its relative windows end at its newest event, and say so, whole
                assertThat(robot.lookup("#heat-window-end").queryLabeled().getText())
                        .isEqualTo(window + " up to the newest event");
                assertThat(CutTextFinder.in(this.window.scene())).as("cut text with %s", window)
                        .filteredOn(cut -> cut.contains("Window") || cut.contains("newest event")).isEmpty();
                ScenePicture.write(robot, this.window.scene(), Path.of("target", "heat-window-" + window.replace(" ", "")
                        + ".png"));
            }
            assertThat(heatEdges()).as(window).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 6)
                    .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1)
                    .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-logs"), 1);
        }
        assertThat(robot.lookup("#heat-custom").query().isVisible()).isFalse();
    }

    @Test
    void a_custom_window_is_typed_as_utc_days_and_times(FxRobot robot) throws Exception {
        // given the demo capture, and Custom chosen: the pickers start at the capture's span
        ReplayedDemo.replay(robot, window);
        chooseWindow(robot, "Custom");
        assertThat(robot.lookup("#heat-custom").query().isVisible()).isTrue();
        DatePicker fromDay = robot.lookup("#heat-custom-from-day").queryAs(DatePicker.class);
        assertThat(fromDay.getValue()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(timeText(robot, "#heat-custom-from-time")).isEqualTo("09:00");
        assertThat(timeText(robot, "#heat-custom-to-time")).isEqualTo("23:54");
        // and what they show is the window the heat is for
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.heat().snapshotProperty().get().window()
                .equals(new TimeWindow(Instant.parse("2024-03-20T09:00:00Z"), Instant.parse("2024-03-20T23:54:00Z"))));
        assertThat(listed(robot)).hasSize(6);

        // when 12:00 to 16:15 is typed into the times (each followed by Tab, as a user leaves a field)
        typeTime(robot, "#heat-custom-from-time", "12:00");
        typeTime(robot, "#heat-custom-to-time", "16:15");

        // then the attackers of 12:10 and 14:30 and the first ten minutes of the one of 16:05 are in it; none of
        // them had gone all the way down a path
        awaitListed(robot, 3);
        assertThat(listed(robot)).extracting(HeatPanelGuiTest::firstSeen)
                .containsExactly("03-20 12:10", "03-20 14:30", "03-20 16:05");
        assertThat(heatEdges()).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 3)
                .doesNotContainKeys(HeatOverlay.key("steal-apiserver-key", "via-logs"),
                        HeatOverlay.key("steal-apiserver-key", "via-node-escape"));

        // when the window becomes 21:00 to midnight, the day of its end typed into the calendar's field
        typeTime(robot, "#heat-custom-from-time", "21:00");
        DatePicker toDay = robot.lookup("#heat-custom-to-day").queryAs(DatePicker.class);
        robot.clickOn(toDay.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(toDay.getConverter().toString(LocalDate.of(2024, 3, 21)));
        robot.type(KeyCode.TAB);
        typeTime(robot, "#heat-custom-to-time", "00:00");

        // then only the late scanner of 21:45 is in it
        awaitListed(robot, 1);
        assertThat(listed(robot)).extracting(HeatPanelGuiTest::firstSeen).containsExactly("03-20 21:45");
        assertThat(heatEdges()).containsOnly(Map.entry(HeatOverlay.key("via-logs", "ssh-bait"), 1));
        assertThat(window.heat().snapshotProperty().get().window().to()).isEqualTo(Instant.parse("2024-03-21T00:00:00Z"));
    }

    @Test
    void editing_the_tree_moves_the_heat_without_reopening_the_model(FxRobot robot) throws Exception {
        // given the demo capture: one attacker completed the logs path (SAND), one escaped to the node (AND)
        ReplayedDemo.replay(robot, window);
        assertThat(heatEdges()).containsEntry(HeatOverlay.key("steal-apiserver-key", "via-logs"), 1)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1);

        // when the logs path's gate becomes OR (its card selected, Ctrl+1)
        ReplayedDemo.clickCard(robot, window, "via-logs");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        // then every attacker who got into the bait reached it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Integer.valueOf(6).equals(heatEdges().get(HeatOverlay.key("steal-apiserver-key", "via-logs"))));

        // when the node escape (AND) gets a new step nobody took (its card selected, Tab, a name, Enter)
        ReplayedDemo.clickCard(robot, window, "via-node-escape");
        robot.type(KeyCode.TAB);
        robot.write("Read an etcd snapshot");
        robot.type(KeyCode.ENTER);
        // then nobody escaped to the node any more; the steps the escaper took keep their heat
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !heatEdges().containsKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape")));
        assertThat(heatEdges()).containsEntry(HeatOverlay.key("via-node-escape", "privileged-nsenter"), 1);

        // when the edits are undone, then the heat is the capture's again
        MenuItem undo = MenuItems.byId(robot, "menu-undo");
        while (window.document().canUndoProperty().get()) {
            robot.interact(undo::fire);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Integer.valueOf(1).equals(heatEdges().get(HeatOverlay.key("steal-apiserver-key", "via-logs")))
                        && heatEdges().containsKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape")));
        assertThat(window.document().tree().contains("via-node-escape")).isTrue();
    }

    private Map<String, Integer> heatEdges() {
        return ((HeatOverlay) window.heat().overlayProperty().get()).edges();
    }

    @SuppressWarnings("unchecked")
    private static List<Session> listed(FxRobot robot) {
        return List.copyOf((List<Session>) robot.lookup("#heat-sessions").queryAs(ListView.class).getItems());
    }

    private static void awaitListed(FxRobot robot, int sessions) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(robot).size() == sessions);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String firstSeen(Session session) {
        return DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC).format(session.firstSeen());
    }

    /** Where on the slider's track a fraction of its length lies, on the screen (below 0: left of it). */
    private static Point2D pointOnTrack(FxRobot robot, Slider slider, double fraction) {
        Node track = robot.from(slider).lookup(".track").query();
        Bounds bounds = track.localToScreen(track.getBoundsInLocal());
        return new Point2D(bounds.getMinX() + fraction * bounds.getWidth(), bounds.getCenterY());
    }

    private static String timeText(FxRobot robot, String spinner) {
        return robot.lookup(spinner).queryAs(Spinner.class).getEditor().getText();
    }

    /** Replaces a time spinner's text with what is typed, and leaves it with Tab. */
    private static void typeTime(FxRobot robot, String spinner, String hhmm) {
        TextField editor = robot.lookup(spinner).queryAs(Spinner.class).getEditor();
        robot.clickOn(editor);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(hhmm);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
