package io.stormcenter.workbench.report;

/** Where a report's writing stands; the window shows a bar, the CLI a line. */
public interface ReportProgress {

    ReportProgress NONE = (step, done) -> { };

    /**
     * @param step what is being done now
     * @param done how far the whole is, 0..1
     */
    void step(String step, double done);

    /** Whether the reader gave up; checked between steps. */
    default boolean cancelled() {
        return false;
    }
}
