package io.stormcenter.workbench.ui.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Work a benchmark thread hands to the FX thread and waits for. */
final class OnFx {

    private OnFx() {
    }

    /** Runs {@code work} on the FX thread and returns what it returned (or throws what it threw). */
    static <T> T call(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
