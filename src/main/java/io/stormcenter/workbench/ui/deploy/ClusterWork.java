package io.stormcenter.workbench.ui.deploy;

import io.stormcenter.workbench.cluster.DeployProgress;
import io.stormcenter.workbench.cluster.ProgressStep;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.CredentialRedaction;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.background.Work;
import io.stormcenter.workbench.model.Problem;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How the Deploy panel runs cluster work: on its {@link TaskLane}, off the FX thread, one piece at a time, with its
 * progress lines and bar, a Stop for the long pieces, and a message that says how it went. A
 * failure becomes the message, never a dialog full of stack, and never leaves the panel busy.
 */
final class ClusterWork {

    private final TaskLane lane;
    private final Executor fx;
    private final Supplier<CredentialRedaction> redaction;
    private final Consumer<PlanRefusedException> refused;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    // read by the worker thread between objects
    private volatile boolean cancelRequested;

    /**
     * @param redaction masks what an unexpected failure's message could leak (asked when one happens)
     * @param refused   hears, on the FX thread, that the compiler refused the model (the panel lists why)
     */
    ClusterWork(TaskLane lane, Executor fx, Supplier<CredentialRedaction> redaction,
                Consumer<PlanRefusedException> refused) {
        this.lane = lane;
        this.fx = fx;
        this.redaction = redaction;
        this.refused = refused;
    }

    /**
     * Runs the work on the lane's thread; what it returns runs on the FX thread to show the result.
     * One piece at a time: while one runs, another is refused with a message, never queued behind
     * it nor allowed to supersede it.
     */
    void run(String starting, Work<Runnable> work) {
        if (busy.get()) {
            message.set("Wait for the running cluster work to finish (or Stop it)");
            return;
        }
        // read here, on the FX thread, where the kubeconfig and context properties live
        CredentialRedaction masks = redaction.get();
        busy.set(true);
        message.set(starting);
        lane.submit(work, show -> done(show), failure -> done(() -> {
            if (failure instanceof PlanRefusedException refusal) {
                refused.accept(refusal);
            }
            message.set(describe(failure, masks));
        }));
    }

    private void done(Runnable show) {
        try {
            show.run();
        } finally {
            cancellable.set(false);
            busy.set(false);
        }
    }

    /** A failure as the panel says it: the cluster's own words, or what kind of bug, redacted. */
    private static String describe(Exception failure, CredentialRedaction masks) {
        if (failure instanceof PlanRefusedException refusal) {
            long errors = refusal.problems().stream().filter(Problem::isError).count();
            return "The model cannot be deployed yet: mend " + (errors == 1 ? "this problem" : "these " + errors
                    + " problems") + " first (click one to select its node).";
        }
        if (failure instanceof ClusterException) {
            return failure.getMessage();
        }
        // a bug or a client failure nobody translated: say what kind, redacted, and stay usable
        return "Failed unexpectedly (" + failure.getClass().getSimpleName() + "): "
                + masks.apply(String.valueOf(failure.getMessage()));
    }

    /** A deploy or teardown: fresh progress lines, and {@link #cancel()} can stop it between objects. */
    void runCancellable(String starting, Work<Runnable> work) {
        if (busy.get()) {
            run(starting, work); // says to wait
            return;
        }
        cancelRequested = false;
        cancellable.set(true);
        runWithProgress(starting, work);
    }

    /** Work whose lines and bar start afresh but that cannot be stopped half-way (a helm run). */
    void runWithProgress(String starting, Work<Runnable> work) {
        if (busy.get()) {
            run(starting, work); // says to wait
            return;
        }
        lines.clear();
        progress.set(0);
        run(starting, work);
    }

    /** Moves the bar (FX thread). */
    void progressTo(double value) {
        progress.set(value);
    }

    /**
     * Asks a running deploy or teardown to stop after the object it is applying or deleting: a
     * half-applied object is worse than a stopped run, which the record shows and a retry or a
     * teardown finishes.
     */
    void cancel() {
        if (cancellable.get()) {
            cancelRequested = true;
            message.set("Stopping after the current object…");
        }
    }

    /** Hears each object of a cancellable run: a line, the bar, and whether Stop was pressed. */
    DeployProgress progress() {
        return new DeployProgress() {
            @Override
            public void step(ProgressStep step) {
                fx.execute(() -> {
                    lines.add("[" + step.done() + "/" + step.total() + "] " + step.outcome() + " " + step.object());
                    progress.set(step.total() == 0 ? 1 : (double) step.done() / step.total());
                });
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
    }

    void say(String text) {
        message.set(text);
    }

    /** The lines under the bar: a run's objects, or what Status or Test found. */
    ObservableList<String> lines() {
        return lines;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
