package io.stormcenter.workbench.ui.live;

import static io.stormcenter.workbench.ui.heat.HeatPanelRobot.chooseWindow;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.ui.LivePanel;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.ui.WindowTab;
import io.stormcenter.workbench.ui.WorkbenchWindow;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.heat.HeatSnapshot;
import io.stormcenter.workbench.ui.heat.WindowChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
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
 * Starting a live collection over a store that already holds observations: the heat panel shows them at
 * once, in the window the user chose, then grows with what arrives, each event counted once.
 */
@ExtendWith(ApplicationExtension.class)
class LiveHeatHistoryGuiTest {

    private static final int STORED = 100;
    private static final int SENT = 200;

    @TempDir
    static Path home;
    @TempDir
    static Path folder;

    private WorkbenchWindow window;
    private LiveViewModel live;

    @Start
    void start(Stage stage) {
        // "now" is an hour after the paced events (09:00 UTC that day): the 24 h window up to now holds them
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"), w -> new ScriptedDialogs(),
                false, 1280, 800, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        // the collection sends events 0 to 199 at 100 a second: the first hundred are the stored ones again
        live = LivePanel.install(window, PacedCollection.starter(folder, 100, SENT, false));
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void the_stored_history_is_shown_at_once_in_the_chosen_window_then_grows_counting_each_event_once(FxRobot robot)
            throws Exception {
        // given a store beside the collection that already holds a hundred events (twenty honeytoken reads by
        // mallory among them), the secret-theft model open, and the 24 h window chosen in the heat panel
        storeHistory();
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        robot.interact(() -> window.files().load(model));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.files().busyProperty().get());
        robot.interact(() -> window.selectTab(WindowTab.HEAT));
        chooseWindow(robot, "24 h");
        List<HeatSnapshot> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.heat().snapshotProperty().addListener((obs, old, next) -> shown.add(next)));

        // when the collection starts from the Live panel
        robot.interact(() -> window.selectRightTab("tab-live"));
        robot.clickOn("#live-start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> live.runningProperty().get()
                || !live.errorProperty().get().isEmpty());
        assertThat(live.errorProperty().get()).isEmpty();

        // then the first heat shown holds the whole history (not the first arrivals alone), in the 24 h window
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.stream().anyMatch(s -> s.seen() > 0));
        HeatSnapshot first = shown.stream().filter(s -> s.seen() > 0).findFirst().orElseThrow();
        assertThat(first.seen()).isGreaterThanOrEqualTo(STORED);
        assertThat(first.sessions()).hasSize(1);
        assertThat(first.heat().edges()).isNotEmpty();
        assertThat(window.heat().choiceProperty().get()).isEqualTo(WindowChoice.DAY);
        // and the window says it ends now, and starts a day before the clock
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heat-window-end").queryLabeled().getText()).isEqualTo("Last 24 h up to now");
        assertThat(first.window().from()).isEqualTo(Instant.parse("2026-11-19T10:00:00Z"));
        // and the first heat is framed: each heated edge, up to its parent, lies in the canvas's view
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewportScreenBounds()).get(10, TimeUnit.SECONDS);
        for (HeatEdge edge : first.heat().edges()) {
            Bounds drawn = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenBoundsOfEdge(edge.parent(), edge.child()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(view.contains(drawn)).as("edge %s > %s at %s lies in %s", edge.parent(), edge.child(), drawn, view)
                    .isTrue();
        }
        robot.interact(() -> window.selectTab(WindowTab.HEAT)); // (a picture of it, to look at)
        io.stormcenter.workbench.ui.ScenePicture.write(robot, window.scene(), Path.of("target", "heat-live-window.png"));

        // and once everything arrived: 200 observations, not 300; one attacker; each edge of its path once
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.heat().snapshotProperty().get().seen() == SENT);
        WaitForAsyncUtils.waitForFxEvents();
        HeatSnapshot last = window.heat().snapshotProperty().get();
        assertThat(last.sessions()).hasSize(1);
        assertThat(last.heat().edges()).allSatisfy(edge -> assertThat(edge.sessions()).isEqualTo(1));
        String honeytokenNode = PacedCollection.honeytokenEntry().nodeId();
        assertThat(((HeatOverlay) window.heat().overlayProperty().get()).nodes()).containsEntry(honeytokenNode, 1);
        assertThat(last.window().from()).isNotNull();
        assertThat(window.heat().observations()).hasSize(SENT);
        assertThat(robot.lookup("#heat-status").queryLabeled().getText()).startsWith("1 session");

        robot.clickOn("#live-stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !live.runningProperty().get());
        // when the collection stopped, what it stored is a capture: the day ends at its newest event
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.heat().snapshotProperty().get().window().to() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heat-window-end").queryLabeled().getText()).isEqualTo("24 h up to the newest event");
        assertThat(window.heat().snapshotProperty().get().window().to()).isEqualTo(last.last().plusNanos(1));
        assertThat(window.heat().snapshotProperty().get().sessions()).hasSize(1);
    }

    /** What an earlier collection stored: events 0 to 99 of the paced source, through a real ingestion. */
    private static void storeHistory() throws IOException {
        try (JdbcObservationStore store = JdbcObservationStore.open(
                StoreLocation.file(folder.resolve("live.observations.db")))) {
            Ingestion ingestion = new Ingestion(store, PacedCollection.PLAN.index(), Clock.systemUTC());
            List<RawEvent> events = new ArrayList<>();
            for (int n = 0; n < STORED; n++) {
                events.add(new RawEvent(SensorKind.AUDIT, PacedCollection.audit(n), "event " + n));
            }
            assertThat(ingestion.ingest(new EventBatch("earlier", events, List.of())).stored()).isEqualTo(STORED);
        }
    }
}
