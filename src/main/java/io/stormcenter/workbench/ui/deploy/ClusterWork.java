package io.stormcenter.workbench.ui.deploy;

import io.stormcenter.workbench.cluster.DeployProgress;
import io.stormcenter.workbench.cluster.ProgressStep;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.CredentialRedaction;
import java.util.concurrent.Executor;
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
 * How the Deploy panel runs cluster work: off the FX thread, one piece at a time, with its
 * progress lines and bar, a Stop for the long pieces, and a message that says how it went. A
 * failure becomes the message, never a dialog full of stack, and never leaves the panel busy.
 */
final class ClusterWork {

    private final Executor background;
    private final Executor fx;
    private final Supplier<CredentialRedaction> redaction;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    // read by the worker thread between objects
    private volatile boolean cancelRequested;

    /** @param redaction masks what an unexpected failure's message could leak (asked when one happens) */
    ClusterWork(Executor background, Executor fx, Supplier<CredentialRedaction> redaction) {
        this.background = background;
        this.fx = fx;
        this.redaction = redaction;
    }

    /** Runs the work on the background thread; what it returns runs on the FX thread to show the result. */
    void run(String starting, Supplier<Runnable> work) {
        busy.set(true);
        message.set(starting);
        background.execute(() -> {
            Runnable show;
            try {
                show = work.get();
            } catch (ClusterException e) {
                show = () -> message.set(e.getMessage());
            } catch (RuntimeException unexpected) {
                // a bug or a client failure nobody translated: say what kind, redacted, and stay usable
                String said = redaction.get().apply(String.valueOf(unexpected.getMessage()));
                show = () -> message.set("Failed unexpectedly (" + unexpected.getClass().getSimpleName() + "): " + said);
            }
            Runnable shown = show;
            fx.execute(() -> {
                shown.run();
                cancellable.set(false);
                busy.set(false);
            });
        });
    }

    /** A deploy or teardown: fresh progress lines, and {@link #cancel()} can stop it between objects. */
    void runCancellable(String starting, Supplier<Runnable> work) {
        lines.clear();
        progress.set(0);
        cancelRequested = false;
        cancellable.set(true);
        run(starting, work);
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
