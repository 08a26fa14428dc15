package io.stormcenter.workbench.report;

/** The reader cancelled the report; nothing was written. */
public final class ReportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportCancelledException() {
        super("the report was cancelled; nothing was written");
    }
}
