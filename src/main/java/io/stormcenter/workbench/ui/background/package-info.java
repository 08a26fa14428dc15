/**
 * The one way the window runs work off the FX thread: a {@link io.stormcenter.workbench.ui.background.TaskLane}
 * per kind of work (debounced, newer work supersedes older, cancellable, progress and failures
 * back on the FX thread), and {@link io.stormcenter.workbench.ui.background.BackgroundWork}, which
 * owns their threads and stops them when the window closes. Below every other {@code ui} package.
 */
package io.stormcenter.workbench.ui.background;
