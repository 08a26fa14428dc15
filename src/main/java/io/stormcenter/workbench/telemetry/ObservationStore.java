package io.stormcenter.workbench.telemetry;

import java.util.List;

/**
 * Where observations are kept, durably. Adding is idempotent: an observation whose dedup key
 * is already stored is left as it is.
 */
public interface ObservationStore extends AutoCloseable {

    /**
     * Adds observations in one transaction: when this returns they are committed; when it throws,
     * none of them is.
     *
     * @return how many were new and how many were already there
     * @throws ObservationStoreException when the store cannot commit
     */
    AddResult add(List<Observation> observations);

    /** The observations the query selects, newest first. */
    List<Observation> find(ObservationQuery query);

    /** How many observations the query selects (its limit aside). */
    long count(ObservationQuery query);

    @Override
    void close();

    /** What an {@link #add} did: new observations, and those whose dedup key was already stored. */
    record AddResult(int added, int known) {
    }
}
