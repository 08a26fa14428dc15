/**
 * The attack-tree canvas: its view model (selection, collapse, editing commands, highlights)
 * and the code-built view that draws only the cards inside the viewport, so a 2,000-node tree
 * stays smooth.
 */
package io.stormcenter.workbench.ui.canvas;
