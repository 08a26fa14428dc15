package io.stormcenter.workbench.telemetry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs sources into one sink until stopped: {@code collect}, the Live panel and the tests use it
 * alike. A live source (the cluster's streams, Kafka) runs on a thread of its own and reports its
 * status; a source that fails for good is reported as failed and does not stop the others.
 * Stopping stops every source, each finishing and acknowledging the batch in hand, so nothing taken
 * from a sender is left uncommitted; the store is the caller's to close afterwards.
 */
public final class Collector implements AutoCloseable {

    private final EventSink sink;
    private final List<EventSource> sources;
    private final List<EventSource> running = new ArrayList<>();

    public Collector(EventSink sink, List<EventSource> sources) {
        this.sink = sink;
        this.sources = List.copyOf(sources);
    }

    /**
     * Live sources and others on one sink; each live source's status changes go to {@code statuses},
     * on the source's thread.
     */
    public static Collector of(EventSink sink, List<EventSource> sources, List<LiveSource> live,
                               Consumer<SourceStatus> statuses) {
        List<EventSource> all = new ArrayList<>(sources);
        for (LiveSource source : live) {
            all.add(new LiveSourceRunner(source, statuses));
        }
        return new Collector(sink, all);
    }

    /** Starts every source; when one cannot start, those already started are stopped again. */
    public synchronized void start() throws IOException {
        if (!running.isEmpty()) {
            throw new IllegalStateException("already started");
        }
        for (EventSource source : sources) {
            try {
                source.start(sink);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
            running.add(source);
        }
    }

    public List<EventSource> sources() {
        return sources;
    }

    /** The latest status of every live source, in the order they were given. */
    public List<SourceStatus> statuses() {
        List<SourceStatus> out = new ArrayList<>();
        for (EventSource source : sources) {
            if (source instanceof LiveSourceRunner runner) {
                out.add(runner.status());
            }
        }
        return List.copyOf(out);
    }

    /** Stops the sources, last started first; safe to call more than once. */
    @Override
    public synchronized void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        running.clear();
    }
}
