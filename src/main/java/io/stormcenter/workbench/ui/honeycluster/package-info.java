/**
 * The Honeycluster view: a preview of the plan the compiler makes of the current tree, as a tree of objects with their YAML, the objects of the selected node's trip-wires highlighted, coverage, and suggestions per leaf. A view model with JavaFX properties, tested without a screen, and a thin view built in code.
 */
package io.stormcenter.workbench.ui.honeycluster;
