package io.stormcenter.workbench.ui;

import java.util.Locale;

/** The window's side panels by the names the command line uses ({@code --tab honey}), each with its tab's id. */
public enum WindowTab {
    OUTLINE("tab-outline"),
    PROBLEMS("tab-problems"),
    NODE("tab-inspector"),
    ANALYSIS("tab-analysis"),
    HONEY("tab-honeycluster"),
    DEPLOY("tab-deploy"),
    LIVE("tab-live"),
    HEAT("tab-heat");

    private final String tabId;

    WindowTab(String tabId) {
        this.tabId = tabId;
    }

    /** The id of the tab in the window (tests look it up too). */
    public String tabId() {
        return tabId;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
