package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.ObservationListener;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.util.List;
import java.util.function.Consumer;

/** A collection the Live panel started: its totals, its first status lines, and how to stop it. */
public interface RunningCollection {

    /** Starts one; the listener and status consumer hear the sources' threads. */
    @FunctionalInterface
    interface Starter {

        /**
         * Opens the store, starts every source asked for and returns once they run.
         *
         * @throws Exception with a message for the user when something cannot start; nothing keeps running then
         */
        RunningCollection start(LiveRequest request, ObservationListener observations,
                                Consumer<SourceStatus> statuses) throws Exception;
    }

    /** A line saying what it matches against and where it stores, for the panel's header. */
    String description();

    /** Every source as it started: the receiver with its URL, each stream connecting. */
    List<SourceStatus> initialStatuses();

    IngestionTotals.Snapshot totals();

    /** Where it stores: what the heat panel reads the history from when it starts. */
    StoreLocation store();

    /** Stops every source (each finishing the batch in hand) and closes the store. */
    void stop();
}
