/**
 * Every question the window asks the user goes through {@link io.stormcenter.workbench.ui.dialog.DialogService},
 * so tests can answer it; {@link io.stormcenter.workbench.ui.dialog.FxDialogService} asks with real JavaFX dialogs.
 */
package io.stormcenter.workbench.ui.dialog;
