/**
 * The window's commands defined once: the catalogue of actions (id, text, icon, keys, help,
 * category), the commands bound to them, and the factory that makes menu items, tool-bar buttons,
 * context-menu items and the F1 list from them. Imports JavaFX controls, never the other
 * {@code ui} packages, so every view can use it.
 */
package io.stormcenter.workbench.ui.actions;
