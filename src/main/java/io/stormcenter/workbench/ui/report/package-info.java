/**
 * The Export Report dialog: the choices of a PDF risk report (window, budget, attacker profile,
 * anonymisation, paper, shared sightings), writing it off the FX thread with progress, and opening
 * it when done. May import the core packages and {@code ui.background} / {@code ui.dialog}.
 */
package io.stormcenter.workbench.ui.report;
