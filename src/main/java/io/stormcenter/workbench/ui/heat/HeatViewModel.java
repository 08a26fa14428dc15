package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.heat.Heat;
import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.SessionTracker;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.Overlay;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStore;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The heat panel's state: which observations (a store, or what arrives live), which window, how
 * far along the timeline, the heat and sessions that result, the session selected and its
 * observations. Correlation runs on a background lane. What arrives live is only queued on the
 * collector's thread; once per pulse a background thread feeds the queue into one
 * {@link SessionTracker} (no history is recomputed) and hands the FX thread one snapshot, so the
 * window repaints at most once per pulse however fast events come.
 */
public final class HeatViewModel {

    private final Supplier<AttackTree> tree;
    private final TaskLane lane;
    private final Executor fx;
    private final SessionRules rules;
    private final ObjectProperty<WindowChoice> choice = new SimpleObjectProperty<>(this, "choice", WindowChoice.ALL);
    private final ObjectProperty<Instant> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<Instant> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final DoubleProperty scrub = new SimpleDoubleProperty(this, "scrub", 1.0);
    private final ReadOnlyObjectWrapper<HeatSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot",
            HeatSnapshot.empty());
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay",
            new HeatOverlay(Map.of(), Map.of()));
    private final ReadOnlyObjectWrapper<Overlay> sessionOverlay = new ReadOnlyObjectWrapper<>(this, "sessionOverlay",
            new ScenarioOverlay(Set.of(), Set.of()));
    private final ObservableList<Session> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<Session> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Observation> selectedObservations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No observations yet");
    private final ReadOnlyStringWrapper scrubText = new ReadOnlyStringWrapper(this, "scrubText", "");
    private final ScheduledExecutorService liveThread;
    private final long pulseMillis;
    private final Object liveLock = new Object();
    // guarded by liveLock: every observation the panel has (arrivals appended), their keys, the live
    // tracker over them (made at the first arrival), and what arrived since the last pulse
    private List<Observation> observations = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    private SessionTracker live;
    private List<Observation> incoming = new ArrayList<>();
    private boolean pulseScheduled;
    // what the FX thread chose, for the pulse to read on its own thread
    private volatile boolean followsArrivals = false;
    private final AtomicReference<HeatSnapshot> pending = new AtomicReference<>();
    private Runnable afterNextShown;

    /**
     * @param liveThread  where arrivals are correlated, once per pulse
     * @param pulseMillis the longest an arrival waits before it is correlated and shown: it also caps
     *                    the repaints heat causes (1000 / pulse per second)
     */
    public HeatViewModel(Supplier<AttackTree> tree, SessionRules rules, TaskLane lane, Executor fx,
                         ScheduledExecutorService liveThread, long pulseMillis) {
        this.tree = tree;
        this.rules = rules;
        this.lane = lane;
        this.fx = fx;
        this.liveThread = liveThread;
        this.pulseMillis = pulseMillis;
        choice.addListener((obs, old, value) -> recompute());
        customFrom.addListener((obs, old, value) -> recompute());
        customTo.addListener((obs, old, value) -> recompute());
        scrub.addListener((obs, old, value) -> recompute());
        choice.addListener((obs, old, value) -> followsArrivals = follows());
        scrub.addListener((obs, old, value) -> followsArrivals = follows());
        followsArrivals = follows();
        selected.addListener((obs, old, session) -> showSelected(session));
    }

    /** Whether the heat shown is everything up to the newest arrival: the live tracker's own heat. */
    private boolean follows() {
        return (choice.get() == WindowChoice.LIVE || choice.get() == WindowChoice.ALL) && scrub.get() >= 1.0;
    }

    /** Reads every observation of the store (in the background) and correlates the chosen window. */
    public void load(ObservationStore store) {
        status.set("Reading observations\u2026");
        lane.submit(context -> {
            // oldest first, streamed; only the audit events' JSON, the one correlation reads
            List<Observation> all = new ArrayList<>();
            store.scan(ObservationQuery.all(), Set.of(SensorKind.AUDIT), all::add);
            return all;
        }, all -> {
            replaceObservations(all);
            recompute();
        }, failure -> status.set("Could not read the observations: " + failure.getMessage()));
    }

    /** Uses observations already in hand (a replay just done, a test). */
    public void use(List<Observation> all) {
        replaceObservations(all);
        recompute();
    }

    private void replaceObservations(List<Observation> all) {
        synchronized (liveLock) {
            observations = new ArrayList<>(all);
            known.clear();
            all.forEach(o -> known.add(o.dedupKey()));
            live = null;
            incoming.clear();
        }
    }

    /** The tree changed (opened, edited): node ids may have moved, so correlate again. */
    public void treeChanged() {
        synchronized (liveLock) {
            live = null;
        }
        recompute();
    }

    /**
     * Observations that just arrived (any thread: the collector's, right after its commit). They
     * are only queued here; the next pulse correlates them with whatever else arrived meanwhile.
     */
    public void arrived(List<Observation> batch) {
        synchronized (liveLock) {
            incoming.addAll(batch);
            if (pulseScheduled || incoming.isEmpty()) {
                return;
            }
            pulseScheduled = true;
        }
        liveThread.schedule(this::pulse, pulseMillis, TimeUnit.MILLISECONDS);
    }

    /** One pulse on the live thread: what arrived joins the tracker, and one snapshot goes to the FX thread. */
    private void pulse() {
        HeatSnapshot next = null;
        synchronized (liveLock) {
            pulseScheduled = false;
            List<Observation> batch = incoming;
            incoming = new ArrayList<>();
            if (live == null) {
                live = SessionTracker.of(tree.get(), rules, observations);
            }
            int fresh = 0;
            for (Observation observation : batch) {
                if (known.add(observation.dedupKey())) {
                    live.add(observation);
                    observations.add(observation);
                    fresh++;
                }
            }
            if (fresh == 0) {
                return;
            }
            if (followsArrivals) {
                Instant first = null;
                Instant last = null;
                for (Session session : live.sessions()) {
                    first = first == null || session.firstSeen().isBefore(first) ? session.firstSeen() : first;
                    last = last == null || session.lastSeen().isAfter(last) ? session.lastSeen() : last;
                }
                next = new HeatSnapshot(TimeWindow.ALL, live.heat(TimeWindow.ALL), live.sessions(), first, last,
                        observations.size());
            }
        }
        if (next == null) {
            // a bounded or scrubbed window is correlated again on the lane, at most once per pulse
            fx.execute(this::recompute);
        } else if (pending.getAndSet(next) == null) {
            fx.execute(() -> show(pending.getAndSet(null)));
        }
    }

    /** Correlates the chosen window up to the scrubber, in the background. */
    public void recompute() {
        WindowChoice chosen = choice.get();
        Instant from = customFrom.get();
        Instant to = customTo.get();
        double at = scrub.get();
        AttackTree current = tree.get();
        lane.submit(context -> compute(current, copyOfObservations(), chosen, from, to, at), this::show,
                failure -> status.set("Could not correlate: " + failure.getMessage()));
    }

    /** The observations so far in event time order (arrivals may come out of it). */
    private List<Observation> copyOfObservations() {
        List<Observation> copy;
        synchronized (liveLock) {
            copy = new ArrayList<>(observations);
        }
        copy.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::dedupKey));
        return copy;
    }

    private HeatSnapshot compute(AttackTree current, List<Observation> all, WindowChoice chosen, Instant from,
                                 Instant to, double at) {
        Instant newest = all.isEmpty() ? null : all.get(all.size() - 1).eventTime();
        TimeWindow window = chosen.window(newest, from, to);
        List<Observation> inWindow = all.stream().filter(o -> window.contains(o.eventTime())).toList();
        Instant first = inWindow.isEmpty() ? null : inWindow.get(0).eventTime();
        Instant last = inWindow.isEmpty() ? null : inWindow.get(inWindow.size() - 1).eventTime();
        TimeWindow shown = window;
        List<Observation> upTo = inWindow;
        if (first != null && at < 1.0) {
            long span = Duration.between(first, last).toMillis();
            Instant cut = first.plusMillis(Math.round(span * Math.max(0, at))).plusNanos(1);
            shown = window.until(cut);
            TimeWindow cutWindow = shown;
            upTo = inWindow.stream().filter(o -> cutWindow.contains(o.eventTime())).toList();
        }
        SessionTracker tracker = SessionTracker.of(current, rules, upTo);
        return new HeatSnapshot(shown, tracker.heat(shown), tracker.sessions(), first, last, all.size());
    }

    private void show(HeatSnapshot next) {
        if (next == null) {
            return;
        }
        snapshot.set(next);
        Heat heat = next.heat();
        Map<String, Integer> edges = new HashMap<>();
        for (HeatEdge edge : heat.edges()) {
            edges.put(HeatOverlay.key(edge.parent(), edge.child()), edge.sessions());
        }
        overlay.set(new HeatOverlay(heat.nodes(), edges));
        String keep = selected.get() == null ? null : selected.get().id();
        sessions.setAll(next.sessions());
        selected.set(keep == null ? null : next.sessions().stream().filter(s -> s.id().equals(keep)).findFirst()
                .orElse(null));
        status.set(summary(heat));
        scrubText.set(next.window().to() == null ? "" : "up to " + next.window().to().minusNanos(1));
        Runnable after = afterNextShown;
        afterNextShown = null;
        if (after != null) {
            after.run();
        }
    }

    /** Runs once the next heat is shown (FX thread): the window frames what was reached. */
    public void afterNextShown(Runnable action) {
        afterNextShown = action;
    }

    private static String summary(Heat heat) {
        StringBuilder text = new StringBuilder(heat.sessions() == 1 ? "1 session" : heat.sessions() + " sessions");
        if (heat.suppressed() > 0) {
            text.append(", ").append(heat.suppressed()).append(" suppressed by the baseline");
        }
        if (heat.excluded() > 0) {
            text.append(", ").append(heat.excluded()).append(" by excluded identities");
        }
        return text.toString();
    }

    private void showSelected(Session session) {
        if (session == null) {
            selectedObservations.clear();
            sessionOverlay.set(new ScenarioOverlay(Set.of(), Set.of()));
            return;
        }
        selectedObservations.setAll(session.observations());
        Set<String> reached = new HashSet<>(session.reachedIds());
        Set<String> leaves = new HashSet<>();
        for (Observation observation : session.observations()) {
            observation.matches().stream().filter(m -> m.outcome().fired() && reached.contains(m.nodeId()))
                    .forEach(m -> leaves.add(m.nodeId()));
        }
        sessionOverlay.set(new ScenarioOverlay(reached, leaves));
    }

    public ObjectProperty<WindowChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<Instant> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<Instant> customToProperty() {
        return customTo;
    }

    /** Where along the window's timeline the heat is shown: 0 its first observation, 1 its end. */
    public DoubleProperty scrubProperty() {
        return scrub;
    }

    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** The selected session's path, lit. */
    public ReadOnlyObjectProperty<Overlay> sessionOverlayProperty() {
        return sessionOverlay.getReadOnlyProperty();
    }

    /** Every observation the panel holds (read, replayed or arrived live), in event time order: what a report counts. */
    public List<Observation> observations() {
        return observations;
    }

    public Heat heat() {
        return snapshot.get().heat();
    }

    public ObservableList<Session> sessions() {
        return sessions;
    }

    public ObjectProperty<Session> selectedProperty() {
        return selected;
    }

    public ObservableList<Observation> selectedObservations() {
        return selectedObservations;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scrubTextProperty() {
        return scrubText.getReadOnlyProperty();
    }

    /** The legend of the heat shown. */
    public List<HeatOverlay.LegendEntry> legend() {
        return ((HeatOverlay) overlay.get()).legend();
    }

    public ReadOnlyObjectProperty<HeatSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }
}
