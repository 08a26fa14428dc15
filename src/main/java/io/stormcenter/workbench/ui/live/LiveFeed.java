package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationListener;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SourceStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Gathers what a running collection reports from its threads (new observations, rejected events,
 * status changes) and hands it to the window once per pulse, as one update on the FX executor: at
 * 1,000 events a second the FX thread sees four small updates a second, not a thousand. A pulse
 * carries the ingestion's totals too, so rates fall to zero when nothing arrives.
 */
final class LiveFeed implements ObservationListener, Consumer<SourceStatus> {

    /** Observations kept between two pulses at most; beyond that the oldest are dropped (the store has them all). */
    static final int MAX_PENDING = 20_000;

    /**
     * One delivery to the window.
     *
     * @param rows         the newest observations stored since the last one as the feed shows them, newest
     *                     first (at most the feed's size: made here, off the FX thread)
     * @param dropped      how many more were stored but not handed on (the window could not keep up)
     * @param statuses     the sources whose status changed since the last one, latest status each
     */
    record Update(List<ObservationRow> rows, int dropped, List<RejectedEvent> rejected,
                  List<SourceStatus> statuses, IngestionTotals.Snapshot totals) {
    }

    private final ScheduledExecutorService timer;
    private final Executor fx;
    private final long periodMillis;
    private final int feedSize;
    private final Supplier<IngestionTotals.Snapshot> totals;
    private final Consumer<Update> apply;
    private final Object lock = new Object();
    private final Object delivering = new Object();
    // guarded by lock
    private List<Observation> observations = new ArrayList<>();
    private int dropped;
    private List<RejectedEvent> rejected = new ArrayList<>();
    private final Map<String, SourceStatus> statuses = new LinkedHashMap<>();
    private ScheduledFuture<?> pulse;

    /** @param feedSize how many of the newest observations the window keeps: more are never made into rows */
    LiveFeed(ScheduledExecutorService timer, Executor fx, long periodMillis, int feedSize,
             Supplier<IngestionTotals.Snapshot> totals, Consumer<Update> apply) {
        this.timer = timer;
        this.feedSize = feedSize;
        this.fx = fx;
        this.periodMillis = periodMillis;
        this.totals = totals;
        this.apply = apply;
    }

    /** Starts the pulses. */
    void start() {
        synchronized (lock) {
            if (pulse == null) {
                pulse = timer.scheduleAtFixedRate(this::deliver, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Stops the pulses after one last delivery of what is pending. */
    void stop() {
        synchronized (lock) {
            if (pulse != null) {
                pulse.cancel(false);
                pulse = null;
            }
        }
        deliver();
    }

    @Override
    public void stored(List<Observation> stored) {
        synchronized (lock) {
            observations.addAll(stored);
            int over = observations.size() - MAX_PENDING;
            if (over > 0) {
                observations.subList(0, over).clear();
                dropped += over;
            }
        }
    }

    @Override
    public void rejected(List<RejectedEvent> events) {
        synchronized (lock) {
            rejected.addAll(events);
            if (rejected.size() > 100) {
                rejected.subList(0, rejected.size() - 100).clear();
            }
        }
    }

    /** A source's status changed. */
    @Override
    public void accept(SourceStatus status) {
        synchronized (lock) {
            statuses.put(status.source(), status);
        }
    }

    /**
     * One delivery at a time: a pulse already taking its batch when {@link #stop()} comes hands it
     * over before the last delivery, so every update reaches the window, in order, before stop returns.
     */
    private void deliver() {
        synchronized (delivering) {
            deliverPending();
        }
    }

    private void deliverPending() {
        List<Observation> taken;
        int notShown;
        List<RejectedEvent> rejectedNow;
        List<SourceStatus> statusesNow;
        synchronized (lock) {
            taken = observations;
            notShown = dropped;
            rejectedNow = List.copyOf(rejected);
            statusesNow = List.copyOf(statuses.values());
            observations = new ArrayList<>();
            rejected = new ArrayList<>();
            dropped = 0;
            statuses.clear();
        }
        int shown = Math.min(taken.size(), feedSize);
        List<ObservationRow> rows = new ArrayList<>(shown);
        for (int i = taken.size() - 1; i >= taken.size() - shown; i--) {
            rows.add(ObservationRow.of(taken.get(i)));
        }
        Update update = new Update(List.copyOf(rows), notShown, rejectedNow, statusesNow, totals.get());
        fx.execute(() -> apply.accept(update));
    }
}
