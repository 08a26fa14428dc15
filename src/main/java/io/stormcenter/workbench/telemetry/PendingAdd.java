package io.stormcenter.workbench.telemetry;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One caller's batch waiting for the store's next group commit, and how that commit went for it.
 * The committing thread completes it before it lets the next writer in, so its caller, which
 * waits for that same lock, always finds it done or still waiting to be taken.
 */
final class PendingAdd {

    final List<Observation> observations;
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile ObservationStore.AddResult result;
    private volatile ObservationStoreException failure;

    PendingAdd(List<Observation> observations) {
        this.observations = observations;
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
