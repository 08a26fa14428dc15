/**
 * What every view of the window builds from: the names of our style classes in the one
 * stylesheet, the side panels' tabs, and converters that show values by name. Below every other
 * {@code ui} package, so none of them needs the window itself.
 */
package io.stormcenter.workbench.ui.controls;
