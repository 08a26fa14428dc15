package io.stormcenter.workbench.ui;

/** A message across the top of the window: what went wrong opening a file, what was recovered. */
public record Banner(Kind kind, String title, String text) {

    public enum Kind { INFO, WARNING, ERROR }

    public static Banner error(String title, String text) {
        return new Banner(Kind.ERROR, title, text);
    }

    public static Banner info(String title, String text) {
        return new Banner(Kind.INFO, title, text);
    }

    public static Banner warning(String title, String text) {
        return new Banner(Kind.WARNING, title, text);
    }
}
