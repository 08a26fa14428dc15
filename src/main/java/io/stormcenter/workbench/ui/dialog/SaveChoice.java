package io.stormcenter.workbench.ui.dialog;

/** The answer to "save the changes before closing?". */
public enum SaveChoice {
    SAVE,
    DISCARD,
    CANCEL
}
