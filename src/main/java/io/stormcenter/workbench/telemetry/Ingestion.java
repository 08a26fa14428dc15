package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.sensor.MalformedEventException;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one path every source feeds: each event is parsed by its sensor's reader, matched
 * against the plan's trip-wires, normalised into an {@link Observation}, and the batch is
 * committed to the store in one transaction before {@link #ingest} returns. A malformed event is
 * skipped and reported with its position; it never stops the others.
 */
public final class Ingestion implements EventSink {

    private final ObservationStore store;
    private final TripwireMatching matching;
    private final Clock clock;
    private final IngestionTotals totals;
    private final ObservationListener listener;
    private final SensorKind.Readers readers = new SensorKind.Readers();
    private final EventNormaliser normaliser = new EventNormaliser();
    private final StreamingRetries retries = new StreamingRetries();

    public Ingestion(ObservationStore store, TripwireIndex index, Clock clock) {
        this(store, index, clock, ObservationListener.NONE);
    }

    /** @param listener hears each batch's new observations after the commit, on the ingesting thread */
    public Ingestion(ObservationStore store, TripwireIndex index, Clock clock, ObservationListener listener) {
        this.listener = listener;
        this.store = store;
        this.matching = new TripwireMatching(index);
        this.clock = clock;
        this.totals = new IngestionTotals(clock.instant());
    }

    @Override
    public BatchResult ingest(EventBatch batch) {
        Read read = read(batch);
        return read.stored(store.add(read.observed));
    }

    /**
     * Reads and commits the batch on this thread, and returns before the store has it on disk, so
     * that the source reads on meanwhile.
     */
    @Override
    public PendingBatch ingestLater(EventBatch batch) {
        Read read = read(batch);
        CompletableFuture<ObservationStore.AddResult> added = store.addLater(read.observed);
        return () -> read.stored(ObservationStoreException.await(added));
    }

    private Read read(EventBatch batch) {
        Instant received = clock.instant();
        List<RejectedEvent> malformed = new ArrayList<>(batch.malformed());
        ObservationBatch observed = store.batch(batch.events().size());
        List<SensorEvent> events = new ArrayList<>(batch.events().size());
        IngestionTotals.Tally tally = new IngestionTotals.Tally();
        for (RawEvent raw : batch.events()) {
            SensorEvent event = raw.parsed();
            // encoded once, for the reader and for the store's block of the batch's events
            byte[] utf8 = raw.json().getBytes(StandardCharsets.UTF_8);
            try {
                if (event == null) {
                    event = raw.sensor().parse(raw.json(), utf8, readers);
                }
            } catch (MalformedEventException e) {
                malformed.add(new RejectedEvent(raw.position(), e.getMessage()));
                continue;
            }
            // each event's whole way at once, the store's lay-out too, while its strings are in the cache
            Observation observation = normaliser.observe(raw.sensor(), event, raw.json(), batch.origin(), received,
                    matching.match(event));
            observed.add(observation, utf8);
            tally.add(observation);
            events.add(event);
        }
        List<Observation> laidOut = observed.observations();
        List<Observation> settled = retries.settle(events, laidOut);
        for (int i = 0; i < settled.size(); i++) {
            Observation before = laidOut.get(i);
            if (settled.get(i) != before) {
                tally.remove(before);
                tally.add(settled.get(i));
                observed.set(i, settled.get(i));
            }
        }
        return new Read(batch.events().size() + batch.malformed().size(), observed, tally, malformed);
    }

    /** A batch read, matched and laid out for the store, waiting for its commit. */
    private final class Read {

        private final int total;
        private final ObservationBatch observed;
        private final IngestionTotals.Tally tally;
        private final List<RejectedEvent> malformed;

        Read(int total, ObservationBatch observed, IngestionTotals.Tally tally, List<RejectedEvent> malformed) {
            this.total = total;
            this.observed = observed;
            this.tally = tally;
            this.malformed = malformed;
        }

        /** Counts the committed batch and tells the listener, on the thread that learns of the commit. */
        BatchResult stored(ObservationStore.AddResult added) {
            BatchResult result = new BatchResult(total, added.added(), added.known(), tally.matched(), malformed);
            totals.record(tally, result);
            if (!added.stored().isEmpty()) {
                listener.stored(added.stored());
            }
            if (!malformed.isEmpty()) {
                listener.rejected(List.copyOf(malformed));
            }
            return result;
        }
    }

    /** Running totals since this ingestion started, for status lines. */
    public IngestionTotals.Snapshot totals() {
        return totals.snapshot(clock.instant());
    }
}
