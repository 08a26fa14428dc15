package io.stormcenter.workbench.telemetry;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One caller's batch waiting for the store's next group commit, packed as the store writes it, and
 * how that commit went for it: whoever holds the store's lock next commits it, and it completes once
 * committed (on SQLite, once the log is also synced, {@link WalSync}).
 */
final class PendingAdd {

    final List<Observation> observations;
    /** The observations laid out as written: each one's event time and whether it may be kept without a row. */
    final PackedBatch batch;
    /** What each observation's row carries: a reference to its slot of {@link #details} (and of {@link #events}). */
    final byte[][] references;
    /** The batch's {@link ObservationDetails} as one {@link RawBlock}. */
    final byte[] details;
    /** The batch's events' JSON as one {@link RawBlock}. */
    final byte[] events;
    /** The index of its loose observations when every candidate is kept loose (the commit checks). */
    final LooseIndex.Packed looseIndex;
    private final CompletableFuture<ObservationStore.AddResult> settled = new CompletableFuture<>();

    private PendingAdd(PackedBatch batch, byte[][] references, byte[] details, byte[] events,
                       LooseIndex.Packed looseIndex) {
        this.looseIndex = looseIndex;
        this.batch = batch;
        this.observations = batch.observations();
        this.references = references;
        this.details = details;
        this.events = events;
    }

    /** Compresses the batch's blocks and its likely loose index, in the caller's thread, before the store's lock. */
    static PendingAdd packed(PackedBatch laidOut) {
        PackedBatch batch = laidOut.current();
        byte[][] references = new byte[batch.size()][];
        for (int slot = 0; slot < references.length; slot++) {
            references[slot] = ObservationDetails.inBlock(slot);
        }
        return new PendingAdd(batch, references, batch.detailsBlock(), batch.eventsBlock(),
                LooseIndex.Packed.of(batch));
    }

    void succeed(ObservationStore.AddResult added) {
        settled.complete(added);
    }

    void fail(ObservationStoreException why) {
        settled.completeExceptionally(why);
    }

    /** How the commit went, once it went. */
    CompletableFuture<ObservationStore.AddResult> settled() {
        return settled;
    }
}
