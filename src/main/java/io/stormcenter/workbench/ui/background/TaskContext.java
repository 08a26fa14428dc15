package io.stormcenter.workbench.ui.background;

/** What a running task may ask and tell its lane. */
public interface TaskContext {

    /** Whether the task was cancelled or superseded by newer work: its result will not be shown. */
    boolean cancelled();

    /** Moves the lane's progress (0..1); shown only while the task is the lane's current one. */
    void progress(double fraction);
}
