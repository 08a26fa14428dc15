package io.stormcenter.workbench.ui.actions;

/** Where an action belongs: its menu, and its group in the F1 list. */
public enum ActionCategory {
    FILE("File"),
    EDIT("Edit"),
    TREE("Tree"),
    VIEW("View"),
    HELP("Help");

    private final String title;

    ActionCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
