package io.stormcenter.workbench.telemetry;

/** The observation store cannot be opened, read or written; the message names the store, never its password. */
public final class ObservationStoreException extends RuntimeException {

    public ObservationStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ObservationStoreException(String message) {
        super(message);
    }
}
