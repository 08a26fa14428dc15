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
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** "Now" while collecting: just after the capture's day ended (its last event is at 23:53 UTC). */
    private static final Instant EVENING = Instant.parse("2024-03-21T00:00:00Z");
    private static final LiveTiming TIMING = new LiveTiming(Clock.fixed(EVENING, ZoneOffset.UTC), 50, 50);

    private static HeatViewModel model(List<Runnable> fxQueue) {
        return new HeatViewModel(() -> tree, SessionRules.defaults(List.of()),
                TaskLane.immediate(Runnable::run, Runnable::run), fxQueue::add, LIVE, TIMING);
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
        String lastHourEnd = model.windowEndProperty().get();
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
        assertThat(lastHourEnd).isEqualTo("1 h up to the newest event");
        assertThat(customHour).isEqualTo(1);
        assertThat(byMidday).isEqualTo(4);
        assertThat(model.scrubTextProperty().get()).matches("up to 03-20 16:2\\d:\\d\\d UTC");
        model.scrubProperty().set(1.0);
        assertThat(model.scrubTextProperty().get()).isEqualTo("03-20 09:00 \u2013 23:53 UTC");
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

    private static Map<String, Integer> edges(HeatViewModel model) {
        return ((HeatOverlay) model.overlayProperty().get()).edges();
    }

    @Test
    void edits_of_the_tree_move_the_heat_with_them_and_a_label_edit_keeps_the_heat_shown() {
        // given the capture shown for the tree as drawn
        AtomicReference<AttackTree> drawn = new AtomicReference<>(tree);
        HeatViewModel model = new HeatViewModel(drawn::get, SessionRules.defaults(List.of()),
                TaskLane.immediate(Runnable::run, Runnable::run), Runnable::run, LIVE, TIMING);
        model.use(capture);
        assertThat(edges(model)).containsEntry(HeatOverlay.key("steal-apiserver-key", "via-logs"), 1)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1)
                .containsEntry(HeatOverlay.key("via-logs", "kubectl-logs"), 1);
        HeatSnapshot shown = model.snapshotProperty().get();

        // when a label changes, then the heat shown stays (nothing heat depends on changed)
        drawn.set(tree.withNode(tree.node("ssh-bait").withLabel("SSH into the jump host")));
        model.treeChanged();
        assertThat(model.snapshotProperty().get()).isSameAs(shown);

        // when the SAND of the logs path becomes an OR, then every session that reached one step of it reached it
        drawn.set(tree.withNode(tree.node("via-logs").withGate(Gate.OR)));
        model.treeChanged();
        assertThat(edges(model)).containsEntry(HeatOverlay.key("steal-apiserver-key", "via-logs"), 6);

        // when the node escape (AND) gets a fourth step nobody took, then nobody escaped to the node any more
        drawn.set(tree.addChild("via-node-escape", Node.attack("steal-etcd-snapshot", "Read an etcd snapshot")));
        model.treeChanged();
        assertThat(edges(model)).doesNotContainKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape"))
                .containsEntry(HeatOverlay.key("via-node-escape", "privileged-nsenter"), 1);

        // when the trip-wire that saw the key read on the node is reattached to the logs step
        Node keyOnNode = tree.node("read-key-on-node");
        Tripwire keyCat = keyOnNode.tripwires().get(0);
        drawn.set(tree.withNode(keyOnNode.withTripwires(List.of()))
                .withNode(tree.node("kubectl-logs").withTripwires(append(tree.node("kubectl-logs").tripwires(), keyCat))));
        model.treeChanged();

        // then the escaper's key read counts for the logs step, and the node escape is no longer complete
        assertThat(edges(model)).containsEntry(HeatOverlay.key("via-logs", "kubectl-logs"), 2)
                .doesNotContainKey(HeatOverlay.key("via-node-escape", "read-key-on-node"))
                .doesNotContainKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape"));
        Session escaper = model.sessions().get(4);
        assertThat(escaper.reachedIds()).contains("kubectl-logs").doesNotContain("read-key-on-node");
        // and what a report or a share reads from the panel says so too
        assertThat(model.observations()).filteredOn(o -> keyCat.id().equals(o.tripwireId()))
                .extracting(Observation::nodeId).containsExactly("kubectl-logs");

        // when the subtree of the node escape is removed, then its edges carry no heat and the six sessions stay
        drawn.set(tree.removeSubtree("via-node-escape"));
        model.treeChanged();
        assertThat(edges(model)).doesNotContainKeys(HeatOverlay.key("steal-apiserver-key", "via-node-escape"),
                HeatOverlay.key("via-node-escape", "privileged-nsenter"));
        assertThat(model.sessions()).hasSize(6);
    }

    @Test
    void a_burst_of_edits_correlates_once_on_the_lane_thread_never_on_the_fx_thread() throws Exception {
        // given a debounced lane on its own thread that counts what it runs, and an FX thread of its own
        List<String> ranOn = new CopyOnWriteArrayList<>();
        ScheduledThreadPoolExecutor laneThread = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "heat-lane")) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                ranOn.add(t.getName());
            }
        };
        laneThread.setRemoveOnCancelPolicy(true); // a superseded task is dropped, not run as a no-op
        ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        AtomicReference<AttackTree> drawn = new AtomicReference<>(tree);
        HeatViewModel model = new HeatViewModel(drawn::get, SessionRules.defaults(List.of()),
                TaskLane.debounced(laneThread, fxThread, Duration.ofMillis(100)), fxThread, LIVE, TIMING);
        fxThread.submit(() -> model.use(capture)).get();
        awaitOnFx(fxThread, () -> model.sessions().size() == 6);
        ranOn.clear();

        // when five edits come within the debounce (a gate change among them)
        fxThread.submit(() -> {
            for (int i = 0; i < 4; i++) {
                drawn.set(tree.withNode(tree.node("ssh-bait").withLabel("SSH " + i)));
                model.treeChanged();
            }
            drawn.set(drawn.get().withNode(tree.node("via-logs").withGate(Gate.OR)));
            model.treeChanged();
        }).get();
        awaitOnFx(fxThread, () -> edges(model).get(HeatOverlay.key("steal-apiserver-key", "via-logs")) == 6);

        // then one correlation ran, on the lane's thread
        assertThat(ranOn).containsExactly("heat-lane");
        laneThread.shutdownNow();
        fxThread.shutdownNow();
    }

    @Test
    void a_collection_starting_shows_the_stored_history_at_once_then_grows_with_arrivals_counting_each_event_once(
            @TempDir Path folder) throws Exception {
        // given a store that already holds the first half of the capture, and the 24 h window chosen
        List<Observation> inOrder = new ArrayList<>(capture);
        inOrder.sort(Comparator.comparing(Observation::eventTime));
        List<Observation> history = inOrder.subList(0, inOrder.size() / 2);
        List<Observation> later = inOrder.subList(inOrder.size() / 2, inOrder.size());
        StoreLocation location = StoreLocation.file(folder.resolve("live.observations.db"));
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            store.add(history);
        }
        ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        HeatViewModel model = new HeatViewModel(() -> tree, SessionRules.defaults(List.of()),
                TaskLane.immediate(Executors.newSingleThreadExecutor(), fxThread), fxThread, LIVE, TIMING);
        fxThread.submit(() -> {
            model.use(capture.subList(0, 3)); // what the panel held before (a replay): dropped when collecting
            model.choiceProperty().set(WindowChoice.DAY);
        }).get();

        // when the collection starts on that store
        model.collecting(location);

        // then the stored history is shown before anything arrives: 12:10 and 14:30 had come by then too
        awaitOnFx(fxThread, () -> model.snapshotProperty().get().seen() == history.size());
        int firstSessions = onFx(fxThread, () -> model.sessions().size());
        Map<String, Integer> firstEdges = onFx(fxThread, () -> edges(model));
        assertThat(firstSessions).isEqualTo(4);
        assertThat(firstEdges).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 4)
                .doesNotContainKey(HeatOverlay.key("steal-apiserver-key", "via-node-escape"));

        // when the rest arrives live, a quarter of the stored events delivered again among it
        List<Observation> redelivered = new ArrayList<>(history.subList(0, history.size() / 4));
        model.arrived(redelivered);
        for (Observation observation : later) {
            model.arrived(List.of(observation));
        }

        // then the heat is the whole capture's, each event counted once
        awaitOnFx(fxThread, () -> model.snapshotProperty().get().seen() == capture.size());
        awaitOnFx(fxThread, () -> model.sessions().size() == 6);
        assertThat(onFx(fxThread, () -> edges(model))).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 6)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-node-escape"), 1)
                .containsEntry(HeatOverlay.key("steal-apiserver-key", "via-logs"), 1);
        assertThat(onFx(fxThread, () -> model.snapshotProperty().get().window().from()))
                .as("while collecting, 24 h ends at the clock").isEqualTo(EVENING.minus(Duration.ofHours(24)));
        assertThat(model.observations()).hasSize(capture.size());
        fxThread.shutdownNow();
    }

    @Test
    void while_collecting_a_relative_window_ends_at_the_clock_and_drops_what_falls_out_of_it_as_time_passes(
            @TempDir Path folder) throws Exception {
        // given a collection over an empty store, the last hour chosen, and the clock at 10:00 on the capture's day
        MovableClock clock = new MovableClock(Instant.parse("2024-03-20T10:00:00Z"));
        ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        HeatViewModel model = new HeatViewModel(() -> tree, SessionRules.defaults(List.of()),
                TaskLane.immediate(Executors.newSingleThreadExecutor(), fxThread), fxThread, LIVE,
                new LiveTiming(clock, 50, 50));
        fxThread.submit(() -> model.choiceProperty().set(WindowChoice.HOUR)).get();
        StoreLocation location = StoreLocation.file(folder.resolve("live.observations.db"));
        JdbcObservationStore.open(location).close();
        model.collecting(location);

        // when what the sensors saw up to 10:00 arrives (the first attacker came at 09:40 and left at 09:56)
        List<Observation> morning = capture.stream()
                .filter(o -> o.eventTime().isBefore(Instant.parse("2024-03-20T10:00:00Z"))).toList();
        model.arrived(morning);

        // then the hour up to now holds that attacker, and the selector says the window ends now
        awaitOnFx(fxThread, () -> model.sessions().size() == 1);
        assertThat(onFx(fxThread, () -> model.snapshotProperty().get().window().from()))
                .isEqualTo(Instant.parse("2024-03-20T09:00:00Z"));
        assertThat(onFx(fxThread, () -> edges(model))).containsEntry(HeatOverlay.key("via-logs", "ssh-bait"), 1);
        assertThat(onFx(fxThread, () -> model.windowEndProperty().get())).isEqualTo("Last 1 h up to now");

        // when an hour passes with nothing arriving and nothing clicked
        clock.advance(Duration.ofHours(1));

        // then the window slid to 10:00-now, and the attacker's heat went with the hour it fell out of
        awaitOnFx(fxThread, () -> model.sessions().isEmpty());
        assertThat(onFx(fxThread, () -> edges(model))).isEmpty();
        assertThat(onFx(fxThread, () -> model.snapshotProperty().get().window().from()))
                .isEqualTo(Instant.parse("2024-03-20T10:00:00Z"));

        // when the collection stops, then what it collected is a capture: the hour ends at its newest event again
        model.collectionStopped();
        awaitOnFx(fxThread, () -> model.sessions().size() == 1);
        assertThat(onFx(fxThread, () -> model.windowEndProperty().get())).isEqualTo("1 h up to the newest event");
        fxThread.shutdownNow();
    }

    private static List<Tripwire> append(List<Tripwire> list, Tripwire one) {
        List<Tripwire> out = new ArrayList<>(list);
        out.add(one);
        return out;
    }

    private static <T> T onFx(ExecutorService fxThread, Callable<T> query) throws Exception {
        return fxThread.submit(query).get(30, TimeUnit.SECONDS);
    }

    private static void awaitOnFx(ExecutorService fxThread, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(fxThread, condition)) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(until);
            Thread.sleep(20);
        }
    }
}
