package io.stormcenter.workbench.cluster;

/**
 * Hears about each object as a deploy or teardown goes (the window moves a bar, the CLI prints a
 * line) and may cancel between objects.
 */
public interface DeployProgress {

    void step(ProgressStep step);

    /** Asked between objects; true stops the work after the current object. */
    default boolean cancelled() {
        return false;
    }

    static DeployProgress silent() {
        return step -> { };
    }
}
