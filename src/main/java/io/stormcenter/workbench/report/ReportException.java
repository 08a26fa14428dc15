package io.stormcenter.workbench.report;

/** A report could not be written (the file, or a secret that would have been printed); the message says which. */
public final class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
