/**
 * The "Share observations" dialog: the window's attacker sessions as the exact anonymised STIX bundle
 * that would leave the machine, shown in full before anything is written. Imports {@code stix},
 * {@code heat} and {@code telemetry} (the store beside the model), {@code ui.background} for work off
 * the FX thread and {@code ui.dialog} for the file chooser.
 */
package io.stormcenter.workbench.ui.share;
