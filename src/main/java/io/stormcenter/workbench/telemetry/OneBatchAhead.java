package io.stormcenter.workbench.telemetry;

import java.util.function.Consumer;

/**
 * One source's batches, each made durable by the store while the source reads the next: the source
 * hands a batch over and gets on with reading, and learns that the batch before it is stored when it
 * hands over the next (or {@link #finish finishes}). At most one batch is in the store's hands, so
 * what a source has read but not acknowledged stays bounded, and every acknowledgement still
 * follows its own batch's commit, in the order read. Used by one thread.
 */
public final class OneBatchAhead {

    private final EventSink sink;
    private EventSink.PendingBatch inFlight;
    private Consumer<BatchResult> whenInFlightStored;

    public OneBatchAhead(EventSink sink) {
        this.sink = sink;
    }

    /**
     * Hands the batch to the store, then waits for the batch before it and gives that one's result
     * to its {@code whenStored}. This batch's {@code whenStored} runs (on this thread) at the next
     * hand-over or {@link #finish}.
     *
     * @throws ObservationStoreException when this batch or the one before could not be committed:
     *                                   neither is acknowledged, and neither is in the store's hands
     *                                   any more; a redelivery of both is safe (the dedup keys make a
     *                                   batch committed after all a no-op)
     */
    public void hand(EventBatch batch, Consumer<BatchResult> whenStored) {
        EventSink.PendingBatch next;
        try {
            next = sink.ingestLater(batch);
        } catch (RuntimeException e) {
            finishAfter(e);
            throw e;
        }
        try {
            finish();
        } catch (RuntimeException e) {
            try {
                next.await();
            } catch (RuntimeException also) {
                e.addSuppressed(also);
            }
            throw e;
        }
        inFlight = next;
        whenInFlightStored = whenStored;
    }

    /**
     * Waits until the batch in the store's hands is committed and gives its result to its
     * {@code whenStored}; nothing when none is.
     *
     * @throws ObservationStoreException when it could not be committed (it is not acknowledged)
     */
    public void finish() {
        if (inFlight == null) {
            return;
        }
        EventSink.PendingBatch last = inFlight;
        Consumer<BatchResult> whenStored = whenInFlightStored;
        inFlight = null;
        whenInFlightStored = null;
        whenStored.accept(last.await());
    }

    /** The batch in flight ends with {@code cause}: acknowledged if it was stored, never thrown over it. */
    private void finishAfter(RuntimeException cause) {
        try {
            finish();
        } catch (RuntimeException also) {
            cause.addSuppressed(also);
        }
    }
}
