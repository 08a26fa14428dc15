package io.stormcenter.workbench.telemetry;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Where observations are kept, durably. Adding is idempotent: an observation whose dedup key
 * is already stored is left as it is.
 */
public interface ObservationStore extends AutoCloseable {

    /**
     * Adds observations in one transaction: when this returns they are committed; when it throws,
     * none of them is.
     *
     * @return the observations that were new, and how many were already there
     * @throws ObservationStoreException when the store cannot commit
     */
    AddResult add(List<Observation> observations);

    /**
     * An empty batch to fill and then {@link #add(ObservationBatch) add}: a store may lay each
     * observation out for writing as it is handed over, while its event's strings are still in the
     * processor's cache.
     */
    default ObservationBatch batch(int expected) {
        return new ObservationBatch(expected);
    }

    /** Adds the batch's observations, as {@link #add(List)} does. */
    default AddResult add(ObservationBatch batch) {
        return add(batch.observations());
    }

    /**
     * Hands the batch to the store and returns, usually before it is durably committed, so that its
     * caller can read its next batch while the store waits for the disk. The future completes with
     * what {@link #add(ObservationBatch)} would return once the batch is durably committed, or
     * exceptionally with an {@link ObservationStoreException} when it could not be; batches handed
     * over one after another are committed in that order. This default commits before it returns.
     */
    default CompletableFuture<AddResult> addLater(ObservationBatch batch) {
        try {
            return CompletableFuture.completedFuture(add(batch));
        } catch (ObservationStoreException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The observations the query selects, newest first. */
    List<Observation> find(ObservationQuery query);

    /**
     * The observations the query selects, oldest first (event time, then dedup key), handed over
     * one at a time as they are read, so a window of millions is never held as rows and a list at
     * once. The query's limit is ignored.
     *
     * @param rawOf the sensors whose events' own JSON is read; the others' {@link Observation#raw}
     *              is empty (a runtime event's JSON is most of a row's bytes, and correlation
     *              reads only the audit events')
     */
    void scan(ObservationQuery query, Set<SensorKind> rawOf, Consumer<Observation> each);

    /** How many observations the query selects (its limit aside). */
    long count(ObservationQuery query);

    @Override
    void close();

    /**
     * What an {@link #add} did.
     *
     * @param stored the observations that were new, in the order given
     * @param known  how many had a dedup key that was already stored (or came twice in the list)
     */
    record AddResult(List<Observation> stored, int known) {

        public static final AddResult NONE = new AddResult(List.of(), 0);

        public AddResult {
            stored = List.copyOf(stored);
        }

        /** How many observations were new. */
        public int added() {
            return stored.size();
        }
    }
}
