package io.stormcenter.workbench.ui.actions;

/** Where an action's keys work. */
public enum KeyScope {
    /** Everywhere in the window (a menu-bar accelerator). */
    WINDOW,
    /** Everywhere, except while a text field has the keyboard: there Ctrl+C copies text, not a subtree. */
    EDITING,
    /** Only while the canvas has the keyboard: a plain key such as Tab or D is text anywhere else. */
    CANVAS
}
