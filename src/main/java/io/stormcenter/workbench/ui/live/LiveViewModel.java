package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Live panel's state and commands. Start opens the store and the sources asked for on the
 * panel's lane, never on the FX thread; while it runs, a {@link LiveFeed} brings the new
 * observations, rejected events, status changes and totals a few times a second, and this model
 * applies each pulse at once: the feed keeps the newest {@link #FEED_SIZE} observations, newest
 * first, filtered by source, trip-wire and node. Every property changes on the FX thread only.
 */
public final class LiveViewModel {

    /** How many observations the feed keeps; the store keeps them all. */
    public static final int FEED_SIZE = 1_000;
    /** The filter value that lets every source through. */
    public static final String ALL_SOURCES = "all sources";
    /** The receiver's default address: loopback, so nothing is exposed unless the user says so. */
    public static final String DEFAULT_LISTEN = "127.0.0.1:8443";

    /** A number the panel shows as a chip: events per sensor or per outcome. */
    public record Count(String group, String name, long value) {
    }

    private final RunningCollection.Starter starter;
    private final TaskLane lane;
    private final ScheduledExecutorService timer;
    private final Executor fx;
    private final long pulseMillis;

    private final BooleanProperty cluster = new SimpleBooleanProperty(this, "cluster", true);
    private final BooleanProperty receiver = new SimpleBooleanProperty(this, "receiver", false);
    private final StringProperty listen = new SimpleStringProperty(this, "listen", DEFAULT_LISTEN);
    private final BooleanProperty kafka = new SimpleBooleanProperty(this, "kafka", false);
    private final StringProperty kafkaBootstrap = new SimpleStringProperty(this, "kafkaBootstrap", "");
    private final StringProperty kafkaTopics = new SimpleStringProperty(this, "kafkaTopics", "");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header",
            "Not collecting. Choose the sources and press Start.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "0 events/s");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper rejected = new ReadOnlyStringWrapper(this, "rejected", "");
    private final ObservableList<SourceStatus> sources = FXCollections.observableArrayList();
    private final ObservableList<Count> counts = FXCollections.observableArrayList();
    private final ObservableList<ObservationRow> feed = FXCollections.observableArrayList();
    private final FilteredList<ObservationRow> shown = new FilteredList<>(feed);
    private final ObservableList<String> sourceChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> sourceFilter = new SimpleObjectProperty<>(this, "sourceFilter", ALL_SOURCES);
    private final StringProperty tripwireFilter = new SimpleStringProperty(this, "tripwireFilter", "");
    private final StringProperty nodeFilter = new SimpleStringProperty(this, "nodeFilter", "");
    private final BooleanBinding canStart;
    // one read-only view of each list: a view made anew per call would drop its listeners when collected
    private final ObservableList<SourceStatus> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<Count> countsView = FXCollections.unmodifiableObservableList(counts);
    private final ObservableList<ObservationRow> feedView = FXCollections.unmodifiableObservableList(feed);
    private final ObservableList<String> sourceChoicesView = FXCollections.unmodifiableObservableList(sourceChoices);

    // FX thread only
    private volatile RunningCollection collection;
    private LiveFeed liveFeed;
    private final Deque<IngestionTotals.Snapshot> recent = new ArrayDeque<>();
    private long rejectedSeen;

    /**
     * @param lane        where starting and stopping run (opening the store, connecting to the cluster)
     * @param timer       the thread that gathers the pulses
     * @param pulseMillis how often the window hears of new observations
     */
    public LiveViewModel(RunningCollection.Starter starter, TaskLane lane, ScheduledExecutorService timer, Executor fx,
                         long pulseMillis) {
        this.starter = starter;
        this.lane = lane;
        this.timer = timer;
        this.fx = fx;
        this.pulseMillis = pulseMillis;
        sourceChoices.add(ALL_SOURCES);
        Arrays.stream(SensorKind.values()).map(SensorKind::key).forEach(sourceChoices::add);
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String source = ALL_SOURCES.equals(sourceFilter.get()) ? null : sourceFilter.get();
            String tripwire = tripwireFilter.get();
            String node = nodeFilter.get();
            return row -> row.passes(source, tripwire, node);
        }, sourceFilter, tripwireFilter, nodeFilter));
        canStart = Bindings.createBooleanBinding(() -> !running.get() && !lane.runningProperty().get()
                        && (cluster.get() || receiver.get() || kafka.get()),
                running, lane.runningProperty(), cluster, receiver, kafka);
    }

    /** Starts collecting for the model (its deployment, its store) from the sources chosen. */
    public void start(Path model, AttackTree tree) {
        if (!canStart.get()) {
            return;
        }
        error.set("");
        LiveRequest request = new LiveRequest(model, tree, cluster.get(), receiver.get() ? listen.get() : null,
                kafka.get() ? kafkaBootstrap.get() : null, kafka.get() ? topics(kafkaTopics.get()) : List.of());
        LiveFeed next = new LiveFeed(timer, fx, pulseMillis, FEED_SIZE, this::currentTotals, this::apply);
        header.set("Starting\u2026");
        lane.submit(context -> starter.start(request, next, next), started -> {
            collection = started;
            liveFeed = next;
            running.set(true);
            header.set(started.description());
            sources.setAll(started.initialStatuses());
            feed.clear();
            counts.clear();
            recent.clear();
            rejectedSeen = 0;
            rejected.set("");
            next.start();
        }, failure -> {
            header.set("Not collecting.");
            error.set("Cannot start: " + reason(failure));
        });
    }

    /** Stops every source (each finishing the batch in hand) and closes the store, off the FX thread. */
    public void stop() {
        RunningCollection stopping = collection;
        LiveFeed feedToStop = liveFeed;
        if (stopping == null) {
            return;
        }
        header.set("Stopping\u2026");
        lane.submit(context -> {
            stopping.stop();
            feedToStop.stop();
            return stopping.totals();
        }, last -> {
            collection = null;
            liveFeed = null;
            header.set("Stopped: " + last.read() + " events, " + last.stored() + " stored, " + last.matched()
                    + " matched, " + last.rejected() + " rejected.");
            rate.set("0 events/s");
            running.set(false);
        }, failure -> {
            collection = null;
            liveFeed = null;
            running.set(false);
            error.set("Stopping failed: " + reason(failure));
        });
    }

    /** Stops a running collection at once, on the calling thread: the window is closing. */
    public void close() {
        RunningCollection stopping = collection;
        collection = null;
        if (stopping != null) {
            stopping.stop();
        }
    }

    private IngestionTotals.Snapshot currentTotals() {
        RunningCollection current = collection;
        return current == null ? null : current.totals();
    }

    private void apply(LiveFeed.Update update) {
        if (!update.rows().isEmpty()) {
            if (update.rows().size() >= FEED_SIZE) {
                feed.setAll(update.rows());
            } else {
                if (feed.size() + update.rows().size() > FEED_SIZE) {
                    feed.remove(FEED_SIZE - update.rows().size(), feed.size());
                }
                feed.addAll(0, update.rows());
            }
        }
        for (SourceStatus status : update.statuses()) {
            int at = indexOf(status.source());
            if (at < 0) {
                sources.add(status);
            } else {
                sources.set(at, status);
            }
        }
        if (!update.rejected().isEmpty()) {
            RejectedEvent last = update.rejected().get(update.rejected().size() - 1);
            rejectedSeen += update.rejected().size();
            rejected.set(rejectedSeen + (rejectedSeen == 1 ? " event" : " events") + " could not be read; last: "
                    + last.describe());
        }
        List<String> failed = sources.stream().filter(s -> s.state() == SourceStatus.State.FAILED)
                .map(s -> s.source() + ": " + s.detail()).toList();
        if (!failed.isEmpty()) {
            error.set("Failed: " + String.join("; ", failed));
        }
        if (update.totals() != null) {
            showTotals(update.totals(), update.dropped());
        }
    }

    private int indexOf(String source) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).source().equals(source)) {
                return i;
            }
        }
        return -1;
    }

    private void showTotals(IngestionTotals.Snapshot now, int dropped) {
        recent.addLast(now);
        // the rate over the last second or so: steady at a steady stream, zero soon after it stops
        while (recent.size() > 2 && recent.peekFirst().at().plusMillis(1_000).isBefore(now.at())) {
            recent.removeFirst();
        }
        rate.set(String.format(Locale.ROOT, "%,.0f events/s", now.rateSince(recent.peekFirst())));
        totals.set(String.format(Locale.ROOT, "%,d events: %,d stored, %,d already known, %,d matched, %,d rejected%s",
                now.read(), now.stored(), now.known(), now.matched(), now.rejected(),
                dropped > 0 ? String.format(Locale.ROOT, " (%,d not shown in the feed)", dropped) : ""));
        List<Count> next = new ArrayList<>();
        for (Map.Entry<SensorKind, Long> entry : now.perSource().entrySet()) {
            next.add(new Count("sensor", entry.getKey().key(), entry.getValue()));
        }
        for (Outcome outcome : Outcome.values()) {
            long value = now.perOutcome().getOrDefault(outcome, 0L);
            if (value > 0) {
                next.add(new Count("outcome", outcome.key(), value));
            }
        }
        if (!next.equals(counts)) {
            counts.setAll(next);
        }
    }

    static List<String> topics(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String reason(Exception failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    // ---- state for the view ----

    public BooleanProperty clusterProperty() {
        return cluster;
    }

    public BooleanProperty receiverProperty() {
        return receiver;
    }

    public StringProperty listenProperty() {
        return listen;
    }

    public BooleanProperty kafkaProperty() {
        return kafka;
    }

    public StringProperty kafkaBootstrapProperty() {
        return kafkaBootstrap;
    }

    /** Topics separated by commas or spaces, each {@code T} or {@code T=SENSOR}. */
    public StringProperty kafkaTopicsProperty() {
        return kafkaTopics;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starting or stopping is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return lane.runningProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** What it collects for and where it stores, or how it stopped. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** Why it could not start, or which source failed; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** How many events could not be read and the last one's position and problem; empty when none. */
    public ReadOnlyStringProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    /** The latest status of every source, in the order they started. */
    public ObservableList<SourceStatus> sources() {
        return sourcesView;
    }

    /** Events per sensor, then per outcome (counted, denied, excluded, unmatched). */
    public ObservableList<Count> counts() {
        return countsView;
    }

    /** The feed as filtered, newest first. */
    public ObservableList<ObservationRow> shownObservations() {
        return shown;
    }

    /** Every observation the feed keeps, newest first. */
    public ObservableList<ObservationRow> observations() {
        return feedView;
    }

    public ObservableList<String> sourceChoices() {
        return sourceChoicesView;
    }

    public ObjectProperty<String> sourceFilterProperty() {
        return sourceFilter;
    }

    public StringProperty tripwireFilterProperty() {
        return tripwireFilter;
    }

    public StringProperty nodeFilterProperty() {
        return nodeFilter;
    }
}
