package io.stormcenter.workbench.ui.background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Owns the window's background threads: one daemon thread per lane, so that compiling the plan
 * never waits behind the analysis, nor the analysis behind a cluster call. {@link #close()} (when
 * the window closes) stops them all and interrupts what runs.
 */
public final class BackgroundWork implements AutoCloseable {

    private final Executor fx;
    private final List<ScheduledExecutorService> threads = new ArrayList<>();

    /** @param fx where results are shown: {@code Platform::runLater} in the window */
    public BackgroundWork(Executor fx) {
        this.fx = fx;
    }

    /** A new lane on its own thread named {@code ksc-<name>}, debounced when {@code debounce} is positive. */
    public TaskLane lane(String name, Duration debounce) {
        ScheduledExecutorService thread = thread(name);
        return debounce.isZero() ? TaskLane.immediate(thread, fx) : TaskLane.debounced(thread, fx, debounce);
    }

    /** A plain thread of the window's (for file reading and timers), stopped by {@link #close()} too. */
    public synchronized ScheduledExecutorService thread(String name) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ksc-" + name);
            t.setDaemon(true);
            return t;
        });
        threads.add(thread);
        return thread;
    }

    /** Whether every thread has been told to stop. */
    public synchronized boolean isClosed() {
        return !threads.isEmpty() && threads.stream().allMatch(ScheduledExecutorService::isShutdown);
    }

    @Override
    public synchronized void close() {
        threads.forEach(ScheduledExecutorService::shutdownNow);
    }
}
