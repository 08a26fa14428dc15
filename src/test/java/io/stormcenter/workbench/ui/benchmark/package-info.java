/** JMH benchmarks of the window under Monocle: what a user feels as lag, measured per frame. */
package io.stormcenter.workbench.ui.benchmark;
