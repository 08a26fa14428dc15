package io.stormcenter.workbench.ui.background;

/** A piece of background work: runs off the FX thread and returns what the view model shows. */
@FunctionalInterface
public interface Work<R> {

    R run(TaskContext context) throws Exception;
}
