package io.stormcenter.workbench.telemetry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Observations to add to a store at once, handed over one at a time as an ingestion makes them.
 * A store may lay each out for writing as it comes ({@link ObservationStore#batch}): an ingestion
 * makes an observation right after it read the event, while the event's strings are still in the
 * processor's cache, and a pass over a finished batch of thousands reads every one from memory again.
 */
public class ObservationBatch {

    private final List<Observation> observations;

    ObservationBatch(int expected) {
        observations = new ArrayList<>(expected);
    }

    public final void add(Observation observation) {
        add(observation, null);
    }

    /**
     * Adds an observation whose event's JSON ({@link Observation#raw()}) the caller has as UTF-8
     * already, so that a store laying it out need not encode it again.
     *
     * @param rawUtf8 the raw JSON's {@code getBytes(UTF_8)}, or null
     */
    public final void add(Observation observation, byte[] rawUtf8) {
        observations.add(observation);
        added(observations.size() - 1, observation, rawUtf8);
    }

    /** Puts another observation in the place of the one at {@code index}. */
    public final void set(int index, Observation observation) {
        if (observations.set(index, observation) != observation) {
            replaced(index);
        }
    }

    public final List<Observation> observations() {
        return Collections.unmodifiableList(observations);
    }

    public final int size() {
        return observations.size();
    }

    /**
     * Lays out what the store writes of the observation just added at {@code index}.
     *
     * @param rawUtf8 its raw JSON's UTF-8, or null
     */
    void added(int index, Observation observation, byte[] rawUtf8) {
        // a store that writes the observations as they are keeps nothing else
    }

    /** The observation at {@code index} was replaced after it was laid out. */
    void replaced(int index) {
        // nothing laid out
    }
}
