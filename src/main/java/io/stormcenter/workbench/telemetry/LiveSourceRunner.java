package io.stormcenter.workbench.telemetry;

import java.util.function.Consumer;

/**
 * A {@link LiveSource} as an {@link EventSource} of the {@link Collector}: started on a thread of its
 * own, stopped after the batch in hand, its latest status kept for the status line.
 */
public final class LiveSourceRunner implements EventSource {

    private static final long STOP_WAIT_MS = 15_000;

    private final LiveSource source;
    private final Consumer<SourceStatus> listener;
    private volatile SourceStatus status;
    private Thread thread;

    /** @param listener hears every change of the source's status, on the source's thread; may be null */
    public LiveSourceRunner(LiveSource source, Consumer<SourceStatus> listener) {
        this.source = source;
        this.listener = listener == null ? s -> { } : listener;
        this.status = SourceStatus.connecting(source.name(), "");
    }

    @Override
    public String name() {
        return source.name();
    }

    public SourceStatus status() {
        return status;
    }

    private void report(SourceStatus next) {
        status = next;
        listener.accept(next);
    }

    @Override
    public synchronized void start(EventSink sink) {
        if (thread != null) {
            throw new IllegalStateException(source.name() + " is already started");
        }
        thread = new Thread(() -> {
            try {
                source.run(sink, this::report);
                report(status.with(SourceStatus.State.STOPPED, ""));
            } catch (InterruptedException e) {
                report(status.with(SourceStatus.State.STOPPED, "interrupted"));
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                report(status.with(SourceStatus.State.FAILED, e.getMessage()));
            }
        }, "ksc-source " + source.name());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        source.stop();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        try {
            running.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
