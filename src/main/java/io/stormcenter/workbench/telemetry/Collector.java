package io.stormcenter.workbench.telemetry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs sources on one ingestion until stopped: {@code collect} and the Live panel. Stopping
 * stops every source, each finishing and acknowledging the batch in hand, so nothing taken from
 * a sender is left uncommitted; the store is the caller's to close afterwards.
 */
public final class Collector implements AutoCloseable {

    private final Ingestion ingestion;
    private final List<EventSource> sources;
    private final List<EventSource> running = new ArrayList<>();

    public Collector(Ingestion ingestion, List<EventSource> sources) {
        this.ingestion = ingestion;
        this.sources = List.copyOf(sources);
    }

    /** Starts every source; when one cannot start, those already started are stopped again. */
    public synchronized void start() throws IOException {
        for (EventSource source : sources) {
            try {
                source.start(ingestion);
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

    public IngestionTotals.Snapshot totals() {
        return ingestion.totals();
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
