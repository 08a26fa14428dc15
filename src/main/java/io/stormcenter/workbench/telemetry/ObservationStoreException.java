package io.stormcenter.workbench.telemetry;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The observation store cannot be opened, read or written; the message names the store, never its password. */
public final class ObservationStoreException extends RuntimeException {

    public ObservationStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ObservationStoreException(String message) {
        super(message);
    }

    /**
     * Waits for a store's later add ({@link ObservationStore#addLater}) and gives its result, or
     * throws what made it fail as it was thrown: a failed commit as this exception, not wrapped.
     */
    public static <T> T await(CompletableFuture<T> later) {
        try {
            return later.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
