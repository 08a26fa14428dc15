package io.stormcenter.workbench.telemetry;

/**
 * Where every source hands its events: parse, match against the plan, store, and only then
 * return, so that the source may acknowledge. Safe to call from several threads at once.
 */
@FunctionalInterface
public interface EventSink {

    /**
     * Ingests one batch. When this returns, every event of the batch that could be read is
     * committed to the store (or was already there); malformed events are skipped and reported.
     *
     * @throws ObservationStoreException when the store could not commit: nothing of the batch may
     *                                   be acknowledged, and a redelivery is safe
     */
    BatchResult ingest(EventBatch batch);

    /**
     * Starts ingesting one batch: reads and matches it on this thread, hands it to the store, and
     * returns, usually before the store has it durably on disk, so that the source can read its next
     * batch meanwhile. Nothing of the batch may be acknowledged before
     * {@link PendingBatch#await} returned; batches started one after another are committed in that
     * order. This default ingests the batch before it returns.
     *
     * @throws ObservationStoreException here or from {@code await}, when the store could not commit
     */
    default PendingBatch ingestLater(EventBatch batch) {
        BatchResult result = ingest(batch);
        return () -> result;
    }

    /** A batch handed to the store and not yet known to be committed. */
    @FunctionalInterface
    interface PendingBatch {

        /**
         * Waits until the batch is committed, and gives what {@link #ingest} would have.
         *
         * @throws ObservationStoreException when the store could not commit: nothing of the batch
         *                                   may be acknowledged, and a redelivery is safe
         */
        BatchResult await();
    }
}
