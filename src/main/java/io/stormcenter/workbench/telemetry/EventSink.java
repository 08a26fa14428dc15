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
}
