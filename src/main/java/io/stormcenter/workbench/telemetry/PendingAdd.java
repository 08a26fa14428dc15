package io.stormcenter.workbench.telemetry;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One caller's batch waiting for the store's next group commit, packed as the store writes it, and
 * how that commit went for it. The committing thread completes it before it lets the next writer
 * in, so its caller, which waits for that same lock, always finds it done or still waiting to be taken.
 */
final class PendingAdd {

    final List<Observation> observations;
    /** What each observation's row carries: a reference to its slot of {@link #details} (and of {@link #events}). */
    final byte[][] references;
    /** The batch's {@link ObservationDetails} as one {@link RawBlock}. */
    final byte[] details;
    /** The batch's events' JSON as one {@link RawBlock}. */
    final byte[] events;
    /** Which observations may be kept without a row ({@link LooseIndex#mayBeLoose}). */
    final boolean[] mayBeLoose;
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile ObservationStore.AddResult result;
    private volatile ObservationStoreException failure;

    private PendingAdd(List<Observation> observations, byte[][] references, byte[] details, byte[] events,
                       boolean[] mayBeLoose) {
        this.observations = observations;
        this.mayBeLoose = mayBeLoose;
        this.references = references;
        this.details = details;
        this.events = events;
    }

    /** Packs the batch, in the caller's thread. */
    static PendingAdd packed(List<Observation> observations) {
        byte[][] references = new byte[observations.size()][];
        boolean[] mayBeLoose = new boolean[references.length];
        for (int slot = 0; slot < references.length; slot++) {
            references[slot] = ObservationDetails.inBlock(slot);
            mayBeLoose[slot] = LooseIndex.mayBeLoose(observations.get(slot));
        }
        return new PendingAdd(observations, references, ObservationDetails.block(observations),
                RawBlock.pack(observations.stream().map(Observation::raw).toList()), mayBeLoose);
    }

    boolean done() {
        return settled.getCount() == 0;
    }

    void succeed(ObservationStore.AddResult added) {
        result = added;
        settled.countDown();
    }

    void fail(ObservationStoreException why) {
        failure = why;
        settled.countDown();
    }

    /** The committed result; throws when the commit failed. Called only once done. */
    ObservationStore.AddResult result() {
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
