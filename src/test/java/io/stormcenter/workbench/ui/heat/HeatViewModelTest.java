package io.stormcenter.workbench.ui.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The heat panel's view model on the demo capture, without a screen. */
class HeatViewModelTest {

    private static AttackTree tree;
    private static List<Observation> capture;

    @BeforeAll
    static void replayTheDemoCapture() throws Exception {
        tree = TreeFiles.read(Path.of("sample-models", CaptureReplay.DEMO_MODEL)).tree();
        capture = CaptureReplay.replay(tree, Path.of("sample-models", CaptureReplay.DEMO_CAPTURE));
    }

    private static final ScheduledExecutorService LIVE = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heat-live-test");
        thread.setDaemon(true);
        return thread;
    });

    private static HeatViewModel model(List<Runnable> fxQueue) {
        return new HeatViewModel(() -> tree, SessionRules.defaults(List.of()),
                TaskLane.immediate(Runnable::run, Runnable::run), fxQueue::add, LIVE, 50);
    }

    @Test
    void the_demo_capture_heats_the_edges_and_lists_its_six_sessions() {
        // given
        HeatViewModel model = model(new ArrayList<>());

        // when
        model.use(capture);

        // then
        assertThat(model.sessions()).hasSize(6);
        HeatOverlay overlay = (HeatOverlay) model.overlayProperty().get();
        assertThat(overlay.edges()).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 6)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1);
        assertThat(overlay.edge("via-logs", "ssh-bait")).get().extracting(m -> m.tooltip()).isEqualTo("6 sessions");
        assertThat(model.legend()).isNotEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("6 sessions, 31 by excluded identities");
    }

    @Test
    void selecting_a_session_lights_its_path_and_lists_its_observations_in_order() {
        // given
        HeatViewModel model = model(new ArrayList<>());
        model.use(capture);
        Session escaper = model.sessions().get(4);

        // when
        model.selectedProperty().set(escaper);

        // then
        ScenarioOverlay lit = (ScenarioOverlay) model.sessionOverlayProperty().get();
        assertThat(lit.nodes()).contains("read-key-on-node", "via-node-escape", "steal-apiserver-key")
                .doesNotContain("kubectl-logs");
        assertThat(model.selectedObservations()).hasSize(escaper.observations().size());
        assertThat(model.selectedObservations()).isSortedAccordingTo(
                java.util.Comparator.comparing(Observation::eventTime));
    }

    @Test
    void a_window_ends_at_the_newest_observation_and_the_scrubber_replays_how_heat_grew() {
        // given
        HeatViewModel model = model(new ArrayList<>());
        model.use(capture);

        // when the last hour of the capture (the workload's health checks, no attacker), and a custom hour
        model.choiceProperty().set(WindowChoice.HOUR);
        int lastHour = model.sessions().size();
        model.customFromProperty().set(java.time.Instant.parse("2024-03-20T21:00:00Z"));
        model.customToProperty().set(java.time.Instant.parse("2024-03-20T22:00:00Z"));
        model.choiceProperty().set(WindowChoice.CUSTOM);
        int customHour = model.sessions().size();
        // and the whole day, scrubbed back to its middle
        model.choiceProperty().set(WindowChoice.ALL);
        model.scrubProperty().set(0.5);
        int byMidday = model.sessions().size();

        // then only the late scanner is in the custom hour; halfway through the capture (about 16:30) four had come
        assertThat(lastHour).isZero();
        assertThat(customHour).isEqualTo(1);
        assertThat(byMidday).isEqualTo(4);
        assertThat(model.scrubTextProperty().get()).startsWith("up to 2024-03-20T");
    }

    @Test
    void live_observations_reach_the_fx_thread_once_per_pulse_however_many_arrive() throws Exception {
        // given the live window and an FX thread that has not run yet
        List<Runnable> fx = new java.util.concurrent.CopyOnWriteArrayList<>();
        HeatViewModel model = model(fx);
        model.choiceProperty().set(WindowChoice.LIVE);
        fx.clear();

        // when the capture's observations arrive one by one, in the order the sensors sent them, within one pulse
        List<Observation> inOrder = new ArrayList<>(capture);
        inOrder.sort(java.util.Comparator.comparing(Observation::eventTime));
        long start = System.nanoTime();
        for (Observation observation : inOrder) {
            model.arrived(List.of(observation));
        }
        long queued = System.nanoTime() - start;
        Thread.sleep(400);

        // then one update waits for the FX thread, and it shows everything that arrived, as a batch would
        assertThat(queued).as("arrivals are only queued on the collector's thread").isLessThan(50_000_000L);
        assertThat(fx).hasSize(1);
        fx.forEach(Runnable::run);
        assertThat(model.sessions()).hasSize(6);
        assertThat(model.snapshotProperty().get().seen()).isEqualTo(capture.size());
        assertThat(((HeatOverlay) model.overlayProperty().get()).edges())
                .containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 6);
    }

    @Test
    void arrivals_join_the_heat_already_shown_and_a_bounded_window_is_correlated_again() throws Exception {
        // given the first half of the capture shown, and the 24 h window chosen
        List<Observation> inOrder = new ArrayList<>(capture);
        inOrder.sort(java.util.Comparator.comparing(Observation::eventTime));
        List<Runnable> fx = new java.util.concurrent.CopyOnWriteArrayList<>();
        HeatViewModel model = model(fx);
        model.use(inOrder.subList(0, inOrder.size() / 2));
        model.choiceProperty().set(WindowChoice.DAY);
        int before = model.sessions().size();

        // when the second half arrives live
        model.arrived(inOrder.subList(inOrder.size() / 2, inOrder.size()));
        Thread.sleep(400);
        fx.forEach(Runnable::run);

        // then the window is the whole capture's again
        assertThat(before).isLessThan(6);
        assertThat(model.sessions()).hasSize(6);
        assertThat(model.snapshotProperty().get().seen()).isEqualTo(capture.size());
    }
}
