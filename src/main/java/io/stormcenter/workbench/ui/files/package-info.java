/**
 * Files around the document: open, save, import and export commands, recent files, sample
 * models, and the recovery file that autosave keeps for a crash.
 */
package io.stormcenter.workbench.ui.files;
