package io.stormcenter.workbench.telemetry;

import java.util.List;

/**
 * Hears what the ingestion committed, for whatever follows the store live (the Live panel's feed,
 * heat over a running collection). Called on the ingesting source's thread right after the commit,
 * so it must return quickly: hand the observations on, do not work on them here.
 */
@FunctionalInterface
public interface ObservationListener {

    /** A listener that hears nothing. */
    ObservationListener NONE = stored -> { };

    /** The observations a batch added to the store, in the batch's order; never one already stored before. */
    void stored(List<Observation> stored);

    /** Events of a batch that could not be read, with their positions; the rest of the batch was stored. */
    default void rejected(List<RejectedEvent> rejected) {
    }

    /** Tells {@code first} everything, then {@code second} what was stored (a follower that ignores rejects). */
    static ObservationListener both(ObservationListener first, ObservationListener second) {
        return new ObservationListener() {
            @Override
            public void stored(List<Observation> stored) {
                first.stored(stored);
                second.stored(stored);
            }

            @Override
            public void rejected(List<RejectedEvent> rejected) {
                first.rejected(rejected);
                second.rejected(rejected);
            }
        };
    }
}
