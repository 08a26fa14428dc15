package io.stormcenter.workbench.telemetry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs live sources side by side, each on a thread of its own, into one ingestion; keeps the
 * latest status of each and stops them together. A source that fails for good is reported as
 * failed and does not stop the others.
 */
public final class LiveCollection implements AutoCloseable {

    private final List<LiveSource> sources;
    private final EventSink sink;
    private final Consumer<SourceStatus> listener;
    private final Map<String, SourceStatus> statuses = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Thread> threads = new ArrayList<>();

    /** @param listener hears every status change, on the source's thread */
    public LiveCollection(List<LiveSource> sources, EventSink sink, Consumer<SourceStatus> listener) {
        this.sources = List.copyOf(sources);
        this.sink = sink;
        this.listener = listener == null ? s -> { } : listener;
        for (LiveSource source : this.sources) {
            statuses.put(source.name(), SourceStatus.connecting(source.name(), ""));
        }
    }

    /** Starts every source; returns at once. */
    public synchronized void start() {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("already started");
        }
        for (LiveSource source : sources) {
            Thread thread = new Thread(() -> runOne(source), "ksc-source " + source.name());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void runOne(LiveSource source) {
        try {
            source.run(sink, this::report);
            report(statusOf(source).with(SourceStatus.State.STOPPED, ""));
        } catch (InterruptedException e) {
            report(statusOf(source).with(SourceStatus.State.STOPPED, "interrupted"));
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            report(statusOf(source).with(SourceStatus.State.FAILED, e.getMessage()));
        }
    }

    private SourceStatus statusOf(LiveSource source) {
        return statuses.get(source.name());
    }

    private void report(SourceStatus status) {
        statuses.put(status.source(), status);
        listener.accept(status);
    }

    /** The latest status of every source, in the order they were given. */
    public List<SourceStatus> statuses() {
        synchronized (statuses) {
            return List.copyOf(statuses.values());
        }
    }

    /** Stops every source (each finishes the batch in hand) and waits for them, at most {@code millis} each. */
    public void stop(long millis) throws InterruptedException {
        sources.forEach(LiveSource::stop);
        List<Thread> started;
        synchronized (this) {
            started = List.copyOf(threads);
        }
        for (Thread thread : started) {
            thread.join(millis);
        }
    }

    /** Whether some source is still running. */
    public synchronized boolean running() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    @Override
    public void close() throws InterruptedException {
        stop(10_000);
    }
}
