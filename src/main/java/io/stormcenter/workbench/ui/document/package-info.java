/**
 * The open document: the current tree, its file, the undo/redo stack of tree values, and the
 * subtree clipboard. Plain JavaFX properties, no scene-graph nodes; tested without a screen.
 */
package io.stormcenter.workbench.ui.document;
