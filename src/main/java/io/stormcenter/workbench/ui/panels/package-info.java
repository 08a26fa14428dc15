/**
 * The side and bottom panels: outline (the tree as a searchable list), problems (validation
 * results) and analysis (root values, attacker profile, ranked scenarios), each a view model
 * with JavaFX properties and a code-built view.
 */
package io.stormcenter.workbench.ui.panels;
