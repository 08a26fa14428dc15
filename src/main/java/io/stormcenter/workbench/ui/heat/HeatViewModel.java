package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.heat.Heat;
import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.HeatShape;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.SessionTracker;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.heat.TripwireBinding;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.Overlay;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStore;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
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
 * {@link SessionTracker} over the followed window (no history is recomputed) and hands the FX thread
 * one snapshot, so the window repaints at most once per pulse however fast events come. The heat is
 * for the tree as it is now: an edit correlates again (debounced, on the lane) when it changes what
 * heat depends on, and each trip-wire proves the node that carries it now ({@link TripwireBinding}).
 * While a collection runs, the relative windows end at the clock and slide with it: every few seconds
 * the live thread drops from the heat what fell out of the window ({@link WindowChoice}).
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
    private final ReadOnlyStringWrapper windowEnd = new ReadOnlyStringWrapper(this, "windowEnd", "");
    private final ScheduledExecutorService liveThread;
    private final long pulseMillis;
    private final Clock clock;
    private final long slideMillis;
    // whether a collection feeds the panel: then the relative windows end at the clock, not at the newest event
    private volatile boolean collecting;
    private final Object liveLock = new Object();
    // guarded by liveLock: every observation the panel has (arrivals appended), their keys, the newest
    // event time, counters of replacements of them and of pulses that added to them, what arrived since the last pulse, and the live tracker over
    // the followed window with the tree, heat shape, binding and window choice it was made for
    private List<Observation> observations = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    private Instant newest;
    private long version;
    private long arrivals;
    private List<Observation> incoming = new ArrayList<>();
    private boolean pulseScheduled;
    private SessionTracker live;
    private AttackTree liveTree;
    private HeatShape liveShape;
    private TripwireBinding liveBinding;
    private WindowChoice liveChoice;
    private Instant liveFirst;
    private ScheduledFuture<?> sliding;
    // what the FX thread chose, for the pulse to read on its own thread: the window the live tracker follows
    // (null when custom or scrubbed back), and the tree of the latest correlation
    private volatile WindowChoice following;
    private volatile AttackTree correlated;
    private final AtomicReference<LiveSnapshot> pending = new AtomicReference<>();
    // the lane's last result and what it was made from (lane thread; read under liveLock)
    private volatile Computed lastComputed;
    private Runnable afterNextShown;
    // FX thread: the tree shown and its heat shape, for checking a live snapshot made for an earlier tree
    private AttackTree shapeTree;
    private HeatShape shownShape;

    /**
     * @param liveThread where arrivals are correlated, once per pulse, and the relative windows slide
     * @param timing     the clock, the pulse and how often a window slides while collecting
     */
    public HeatViewModel(Supplier<AttackTree> tree, SessionRules rules, TaskLane lane, Executor fx,
                         ScheduledExecutorService liveThread, LiveTiming timing) {
        this.tree = tree;
        this.rules = rules;
        this.lane = lane;
        this.fx = fx;
        this.liveThread = liveThread;
        this.pulseMillis = timing.pulseMillis();
        this.clock = timing.clock();
        this.slideMillis = timing.slideMillis();
        choice.addListener((obs, old, value) -> windowEnd.set(value.endText(collecting)));
        choice.addListener((obs, old, value) -> recompute());
        customFrom.addListener((obs, old, value) -> recompute());
        customTo.addListener((obs, old, value) -> recompute());
        scrub.addListener((obs, old, value) -> recompute());
        choice.addListener((obs, old, value) -> following = followed());
        scrub.addListener((obs, old, value) -> following = followed());
        following = followed();
        correlated = tree.get();
        selected.addListener((obs, old, session) -> showSelected(session));
    }

    /**
     * The window the live tracker keeps up to date, or null: every window that ends now or at the newest
     * observation (live, 1 h, 24 h, 7 d, all) while the scrubber is at its end; a custom or scrubbed-back one is
     * correlated again instead.
     */
    private WindowChoice followed() {
        return choice.get() != WindowChoice.CUSTOM && scrub.get() >= 1.0 ? choice.get() : null;
    }

    /** Reads every observation of the store (in the background) and correlates the chosen window. */
    public void load(ObservationStore store) {
        notCollecting();
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

    /**
     * A live collection started storing at {@code location}: the panel drops what it held (a replay, another
     * store) and shows what that store already holds at once, then grows with each arrival. The store is read
     * on the live thread through a connection of its own (the collector keeps writing meanwhile), so pulses
     * wait for it and what arrives during the read is queued; whatever is both read and delivered counts once.
     */
    public void collecting(StoreLocation location) {
        collecting = true;
        fx.execute(() -> {
            status.set("Reading what the store already holds\u2026");
            windowEnd.set(choice.get().endText(true));
        });
        synchronized (liveLock) {
            if (sliding == null) {
                sliding = liveThread.scheduleWithFixedDelay(this::slide, slideMillis, slideMillis, TimeUnit.MILLISECONDS);
            }
        }
        liveThread.execute(() -> {
            synchronized (liveLock) {
                observations = new ArrayList<>();
                known.clear();
                newest = null;
                live = null;
                version++;
            }
            List<Observation> stored = new ArrayList<>();
            try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
                store.scan(ObservationQuery.all(), Set.of(SensorKind.AUDIT), stored::add);
            } catch (RuntimeException failure) {
                fx.execute(() -> status.set("Could not read the stored observations: " + failure.getMessage()));
            }
            synchronized (liveLock) {
                for (Observation observation : stored) {
                    keep(observation);
                }
                live = null;
                version++;
            }
            fx.execute(this::recompute);
        });
    }

    /** The collection stopped (any thread): the relative windows end at the newest observation again, and stay. */
    public void collectionStopped() {
        notCollecting();
        fx.execute(() -> {
            if (choice.get().relative()) { // only they end elsewhere now; live, all and custom show the same heat
                recompute();
            }
        });
    }

    /** Uses observations already in hand (a replay just done, a test): a capture, with no "now" of its own. */
    public void use(List<Observation> all) {
        notCollecting();
        replaceObservations(all);
        recompute();
    }

    private void notCollecting() {
        collecting = false;
        synchronized (liveLock) {
            if (sliding != null) {
                sliding.cancel(false);
                sliding = null;
            }
        }
        fx.execute(() -> windowEnd.set(choice.get().endText(false)));
    }

    /**
     * The chosen window: while collecting, a relative one ends at the clock; else (a capture, a replay) at the
     * newest observation, so that its heat shows whenever it was recorded.
     */
    private TimeWindow windowOf(WindowChoice chosen, Instant newest, Instant from, Instant to) {
        return collecting ? chosen.upToNow(clock.instant(), from, to) : chosen.window(newest, from, to);
    }

    /**
     * Every few seconds while collecting (live thread): a relative window followed at the clock moves on, and
     * when an observation the live tracker holds fell out of it, the tracker is made again from what is still in
     * it and its heat shown, with nothing arriving and nothing clicked.
     */
    private void slide() {
        LiveSnapshot next;
        synchronized (liveLock) {
            WindowChoice followed = following;
            if (!collecting || followed == null || !followed.relative()) {
                return;
            }
            TimeWindow window = windowOf(followed, newest, null, null);
            boolean fellOut = liveFirst != null && liveFirst.isBefore(window.from());
            if (live != null && followed == liveChoice && !fellOut) {
                return; // what the heat shows is still all in the window
            }
            next = follow(followed, List.of());
        }
        if (pending.getAndSet(next) == null) {
            fx.execute(this::showLive);
        }
    }

    private void replaceObservations(List<Observation> all) {
        synchronized (liveLock) {
            observations = new ArrayList<>(all.size());
            known.clear();
            newest = null;
            all.forEach(this::keep);
            live = null;
            incoming.clear();
            version++;
        }
    }

    /** Adds an observation not seen yet (liveLock held); returns whether it was new. */
    private boolean keep(Observation observation) {
        if (!known.add(observation.dedupKey())) {
            return false;
        }
        observations.add(observation);
        if (newest == null || observation.eventTime().isAfter(newest)) {
            newest = observation.eventTime();
        }
        return true;
    }

    /**
     * The tree changed (opened, or edited: any edit, a keystroke in a label too). Correlation runs again on the
     * debounced lane, and only when what heat depends on changed ({@link HeatShape}: nodes, gates, refinements,
     * trip-wires); a label or an estimate finds the heat shown still right and keeps it.
     */
    public void treeChanged() {
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

    /**
     * One pulse on the live thread: what arrived joins the tracker, and one snapshot goes to the FX thread. The
     * tracker covers the followed window (all, or the last hour, day or week up to now while collecting, else up
     * to the newest observation); it is built again only when the tree's heat shape changed or an observation it
     * holds fell out of the window.
     */
    private void pulse() {
        LiveSnapshot next = null;
        synchronized (liveLock) {
            pulseScheduled = false;
            List<Observation> batch = incoming;
            incoming = new ArrayList<>();
            List<Observation> fresh = new ArrayList<>();
            for (Observation observation : batch) {
                if (keep(observation)) {
                    fresh.add(observation);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            arrivals++;
            WindowChoice followed = following;
            if (followed != null) {
                next = follow(followed, fresh);
            }
        }
        if (next == null) {
            // a custom or scrubbed window is correlated again on the lane, at most once per pulse
            fx.execute(this::recompute);
        } else if (pending.getAndSet(next) == null) {
            fx.execute(this::showLive);
        }
    }

    /**
     * Brings the live tracker up to the followed window as it is now, with what just arrived, and returns its
     * snapshot (liveLock held). The tracker is made again when the window, the tree's heat shape, or what falls
     * out of the window changed; else the fresh observations join it.
     */
    private LiveSnapshot follow(WindowChoice followed, List<Observation> fresh) {
        AttackTree current = correlated;
        TimeWindow window = windowOf(followed, newest, null, null);
        if (live == null || followed != liveChoice
                || current != liveTree && !HeatShape.of(current).equals(liveShape)
                || window.from() != null && liveFirst != null && liveFirst.isBefore(window.from())) {
            track(current, followed, window);
        } else {
            liveTree = current;
            for (Observation observation : fresh) {
                if (window.contains(observation.eventTime())) {
                    live.add(liveBinding.rebind(observation));
                    liveFirst = earlier(liveFirst, observation.eventTime());
                }
            }
        }
        return new LiveSnapshot(current, liveShape, new HeatSnapshot(window, live.heat(window), live.sessions(),
                liveFirst, liveFirst == null ? null : newest, observations.size()));
    }

    /** A new live tracker over the window's observations (liveLock held). */
    private void track(AttackTree current, WindowChoice followed, TimeWindow window) {
        liveTree = current;
        liveChoice = followed;
        liveShape = HeatShape.of(current);
        liveBinding = TripwireBinding.of(current);
        List<Observation> inWindow = new ArrayList<>();
        liveFirst = null;
        for (Observation observation : observations) {
            if (window.contains(observation.eventTime())) {
                inWindow.add(liveBinding.rebind(observation));
                liveFirst = earlier(liveFirst, observation.eventTime());
            }
        }
        live = SessionTracker.of(current, rules, inWindow);
    }

    private static Instant earlier(Instant known, Instant candidate) {
        return known == null || candidate.isBefore(known) ? candidate : known;
    }

    /** Shows the newest live snapshot, unless the tree was edited since it was made: then correlates again. */
    private void showLive() {
        LiveSnapshot next = pending.getAndSet(null);
        if (next == null) {
            return;
        }
        AttackTree now = tree.get();
        if (following == null || next.tree() != now && !next.shape().equals(shapeOf(now))) {
            recompute(); // made for a window or a tree shape that is no longer the one shown
        } else {
            show(next.snapshot());
        }
    }

    /** The heat shape of the tree shown (FX thread; made again only when the tree is another one). */
    private HeatShape shapeOf(AttackTree now) {
        if (now != shapeTree) {
            shapeTree = now;
            shownShape = HeatShape.of(now);
        }
        return shownShape;
    }

    /** Correlates the chosen window up to the scrubber, in the background (debounced; newer work supersedes). */
    public void recompute() {
        WindowChoice chosen = choice.get();
        Instant from = customFrom.get();
        Instant to = customTo.get();
        double at = scrub.get();
        AttackTree current = tree.get();
        correlated = current;
        lane.submit(context -> compute(current, chosen, from, to, at), this::showComputed,
                failure -> status.set("Could not correlate: " + failure.getMessage()));
    }

    /**
     * The snapshot for these inputs: the last one again when neither the observations nor the heat shape of the
     * tree nor the window changed since it was made (an edit of a label), else correlated anew.
     */
    private Computed compute(AttackTree current, WindowChoice chosen, Instant from, Instant to, double at) {
        HeatShape shape = HeatShape.of(current);
        List<Observation> all;
        Inputs inputs;
        synchronized (liveLock) {
            // a window the live tracker follows is kept up to date with arrivals by the pulses: only a new tree
            // shape, window or set of observations needs the lane, and on a hit it has nothing newer to show
            boolean followed = chosen != WindowChoice.CUSTOM && at >= 1.0;
            inputs = new Inputs(shape, version, followed ? -1 : arrivals, chosen, from, to, at, collecting);
            Computed last = lastComputed;
            if (last != null && last.inputs().equals(inputs)) {
                return followed ? null : last;
            }
            all = new ArrayList<>(observations);
        }
        // in event time order (arrivals may come out of it), each bound to the node its trip-wire proves now
        all.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::dedupKey));
        HeatSnapshot made = compute(current, TripwireBinding.of(current).rebind(all), chosen, from, to, at);
        return new Computed(inputs, made);
    }

    /**
     * Shows a correlation and only then remembers it as the last: a result the lane dropped because newer work
     * superseded it was never shown, and remembered, it made that newer work (with the same inputs) show nothing;
     * the heat of a replay then stayed empty when the model's load finished during its correlation.
     */
    private void showComputed(Computed computed) {
        if (computed == null) {
            return;
        }
        lastComputed = computed;
        show(computed.snapshot());
    }

    private HeatSnapshot compute(AttackTree current, List<Observation> all, WindowChoice chosen, Instant from,
                                 Instant to, double at) {
        Instant newest = all.isEmpty() ? null : all.get(all.size() - 1).eventTime();
        TimeWindow window = windowOf(chosen, newest, from, to);
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
        if (next == snapshot.get()) {
            runAfterShown();
            return; // the heat shown is still right (an edit heat does not depend on)
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
        scrubText.set(timeline(next));
        runAfterShown();
    }

    private void runAfterShown() {
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

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_SECONDS = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /**
     * What the timeline covers (the window's first to last observation), or how far it is scrubbed back: in
     * UTC, short enough for the narrow panel.
     */
    private static String timeline(HeatSnapshot next) {
        Instant to = next.window().to();
        if (next.first() == null) {
            return "";
        }
        if (to != null && !to.isAfter(next.last())) {
            return "up to " + DAY_SECONDS.format(to.minusNanos(1)) + " UTC";
        }
        boolean oneDay = DAY_TIME.format(next.first()).regionMatches(0, DAY_TIME.format(next.last()), 0, 5);
        return DAY_TIME.format(next.first()) + " \u2013 " + (oneDay ? TIME : DAY_TIME).format(next.last()) + " UTC";
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

    /**
     * Every observation the panel holds (read, replayed or arrived live) in the order they came, each trip-wire
     * bound to the node that carries it in the tree last correlated: what a report or a share counts.
     */
    public List<Observation> observations() {
        List<Observation> copy;
        synchronized (liveLock) {
            copy = new ArrayList<>(observations); // the live thread keeps appending to the panel's own list
        }
        // bound to the tree as the heat is, so a report or a share counts what the panel shows
        return List.copyOf(TripwireBinding.of(correlated).rebind(copy));
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

    /** Where the chosen relative window ends: "Last 24 h up to now" while collecting, else "... up to the newest event". */
    public ReadOnlyStringProperty windowEndProperty() {
        return windowEnd.getReadOnlyProperty();
    }

    /** The legend of the heat shown. */
    public List<HeatOverlay.LegendEntry> legend() {
        return ((HeatOverlay) overlay.get()).legend();
    }

    public ReadOnlyObjectProperty<HeatSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** A snapshot of the live tracker and the tree it was made for. */
    private record LiveSnapshot(AttackTree tree, HeatShape shape, HeatSnapshot snapshot) {
    }

    /** What a correlation on the lane read: equal inputs give an equal snapshot. */
    private record Inputs(HeatShape shape, long version, long arrivals, WindowChoice choice, Instant from, Instant to,
                          double at, boolean collecting) {
    }

    private record Computed(Inputs inputs, HeatSnapshot snapshot) {
    }
}
