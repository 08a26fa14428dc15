package io.stormcenter.workbench.ui.background;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One kind of background work of a view model (the analysis, the plan preview, cluster calls):
 * the lane runs on its own thread, waits {@code debounce} after a submit so that a burst of edits
 * starts one task, lets newer work supersede older (a pending task never starts, a running one is
 * told through {@link TaskContext#cancelled()} and its result is dropped), can be cancelled, and
 * brings results, failures and progress back on the FX thread. Its properties change on the FX
 * thread only.
 */
public final class TaskLane {

    private final Executor worker;
    private final ScheduledExecutorService timer;
    private final Executor fx;
    private final long debounceMillis;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final Object lock = new Object();
    // guarded by lock: the newest task, and what starts it
    private Ticket current;
    private Future<?> start;

    private TaskLane(Executor worker, ScheduledExecutorService timer, Executor fx, Duration debounce) {
        this.worker = Objects.requireNonNull(worker);
        this.timer = timer;
        this.fx = Objects.requireNonNull(fx);
        this.debounceMillis = debounce.toMillis();
    }

    /** A lane whose tasks start as soon as its thread is free. */
    public static TaskLane immediate(Executor worker, Executor fx) {
        return new TaskLane(worker, null, fx, Duration.ZERO);
    }

    /** A lane that starts a task only when no newer one came within {@code debounce}. */
    public static TaskLane debounced(ScheduledExecutorService worker, Executor fx, Duration debounce) {
        return new TaskLane(worker, worker, fx, debounce);
    }

    /**
     * Runs {@code work} in the background; its result goes to {@code onResult}, or what it threw
     * to {@code onFailure}, both on the FX thread and only if no newer task or cancel came since.
     */
    public <R> void submit(Work<R> work, Consumer<? super R> onResult, Consumer<? super Exception> onFailure) {
        Ticket ticket = new Ticket();
        synchronized (lock) {
            supersede();
            current = ticket;
        }
        // posted before the task starts, so the FX thread hears "running" before the result
        fx.execute(() -> {
            if (isCurrent(ticket)) {
                progress.set(0);
                running.set(true);
            }
        });
        Runnable task = () -> run(ticket, work, onResult, onFailure);
        synchronized (lock) {
            if (current != ticket) {
                return; // superseded already, by a submit on another thread
            }
            try {
                if (timer != null && debounceMillis > 0) {
                    start = timer.schedule(task, debounceMillis, TimeUnit.MILLISECONDS);
                } else {
                    FutureTask<Void> startable = new FutureTask<>(task, null);
                    start = startable;
                    worker.execute(startable);
                }
            } catch (RejectedExecutionException closed) {
                // the window closed and stopped the lane's thread; a result still queued for the FX thread asked for
                // more work (a collection stopping correlates the heat, which reruns the evidence): nobody will see it
                current = null;
                start = null;
            }
        }
    }

    /** Cancels the current task: a pending one never starts; a running one is told and its result dropped. */
    public void cancel() {
        synchronized (lock) {
            supersede();
            current = null;
        }
        fx.execute(() -> {
            if (isCurrent(null)) {
                running.set(false);
            }
        });
    }

    /** Whether the current task (if any) was asked to stop: for work that checks between steps. */
    public boolean cancelRequested() {
        synchronized (lock) {
            return current != null && current.cancelled;
        }
    }

    private void supersede() {
        if (current != null) {
            current.cancelled = true;
        }
        if (start != null) {
            start.cancel(false);
        }
    }

    private boolean isCurrent(Ticket ticket) {
        synchronized (lock) {
            return current == ticket;
        }
    }

    private <R> void run(Ticket ticket, Work<R> work, Consumer<? super R> onResult,
                         Consumer<? super Exception> onFailure) {
        if (ticket.cancelled) {
            return;
        }
        R result;
        try {
            result = work.run(ticket);
        } catch (Exception failure) {
            finish(ticket, () -> onFailure.accept(failure));
            return;
        }
        finish(ticket, () -> onResult.accept(result));
    }

    private void finish(Ticket ticket, Runnable show) {
        fx.execute(() -> {
            if (!isCurrent(ticket) || ticket.cancelled) {
                return; // superseded or cancelled: the newer task (or the cancel) owns the properties
            }
            try {
                show.run();
            } finally {
                running.set(false);
            }
        });
    }

    /** Whether a task is pending or running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The current task's progress, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One submitted task, as its work sees it. */
    private final class Ticket implements TaskContext {

        private volatile boolean cancelled;

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public void progress(double fraction) {
            fx.execute(() -> {
                if (isCurrent(this)) {
                    progress.set(fraction);
                }
            });
        }
    }
}
