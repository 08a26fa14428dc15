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
 * observations. Correlation runs on a background lane; in live mode each arriving observation
 * goes into one {@link SessionTracker} and the snapshots are coalesced, so at most one update
 * reaches the FX thread per pulse however fast events come.
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
    // the observations the panel correlates, in event time order; replaced whole, read by the lane
    private volatile List<Observation> observations = List.of();
    // live mode: one tracker fed as observations arrive, and the newest snapshot waiting for the FX thread
    private final Object liveLock = new Object();
    private SessionTracker live;
    private final Set<String> liveSeen = new HashSet<>();
    private final AtomicReference<HeatSnapshot> pending = new AtomicReference<>();
    private Runnable afterNextShown;

    public HeatViewModel(Supplier<AttackTree> tree, SessionRules rules, TaskLane lane, Executor fx) {
        this.tree = tree;
        this.rules = rules;
        this.lane = lane;
        this.fx = fx;
        choice.addListener((obs, old, value) -> recompute());
        customFrom.addListener((obs, old, value) -> recompute());
        customTo.addListener((obs, old, value) -> recompute());
        scrub.addListener((obs, old, value) -> recompute());
        selected.addListener((obs, old, session) -> showSelected(session));
    }

    /** Reads every observation of the store (in the background) and correlates the chosen window. */
    public void load(ObservationStore store) {
        status.set("Reading observations\u2026");
        lane.submit(context -> {
            List<Observation> all = new ArrayList<>(store.find(ObservationQuery.all()));
            all.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::dedupKey));
            return all;
        }, all -> {
            observations = List.copyOf(all);
            resetLive();
            recompute();
        }, failure -> status.set("Could not read the observations: " + failure.getMessage()));
    }

    /** Uses observations already in hand (a replay just done, a test). */
    public void use(List<Observation> all) {
        List<Observation> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::dedupKey));
        observations = List.copyOf(sorted);
        resetLive();
        recompute();
    }

    /** The tree changed (opened, edited): node ids may have moved, so correlate again. */
    public void treeChanged() {
        resetLive();
        recompute();
    }

    /**
     * Observations that just arrived (any thread). They join the live tracker at once; the picture
     * follows at the next pulse with whatever arrived meanwhile.
     */
    public void arrived(List<Observation> batch) {
        HeatSnapshot next;
        synchronized (liveLock) {
            if (live == null) {
                live = SessionTracker.of(tree.get(), rules, observations);
                observations.forEach(o -> liveSeen.add(o.dedupKey()));
            }
            List<Observation> fresh = new ArrayList<>(batch.size());
            for (Observation observation : batch) {
                if (liveSeen.add(observation.dedupKey())) {
                    live.add(observation);
                    fresh.add(observation);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            List<Observation> all = new ArrayList<>(observations);
            all.addAll(fresh);
            observations = List.copyOf(all);
            if (choice.get() != WindowChoice.LIVE) {
                next = null;
            } else {
                Heat heat = live.heat(TimeWindow.ALL);
                next = new HeatSnapshot(TimeWindow.ALL, heat, live.sessions(), first(), last());
            }
        }
        if (next == null) {
            fx.execute(this::recompute);
        } else if (pending.getAndSet(next) == null) {
            fx.execute(() -> show(pending.getAndSet(null)));
        }
    }

    private void resetLive() {
        synchronized (liveLock) {
            live = null;
            liveSeen.clear();
        }
    }

    private Instant first() {
        return observations.isEmpty() ? null : observations.get(0).eventTime();
    }

    private Instant last() {
        return observations.isEmpty() ? null : observations.get(observations.size() - 1).eventTime();
    }

    /** Correlates the chosen window up to the scrubber, in the background. */
    public void recompute() {
        List<Observation> all = observations;
        WindowChoice chosen = choice.get();
        Instant from = customFrom.get();
        Instant to = customTo.get();
        double at = scrub.get();
        AttackTree current = tree.get();
        lane.submit(context -> compute(current, all, chosen, from, to, at), this::show,
                failure -> status.set("Could not correlate: " + failure.getMessage()));
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
        return new HeatSnapshot(shown, tracker.heat(shown), tracker.sessions(), first, last);
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
