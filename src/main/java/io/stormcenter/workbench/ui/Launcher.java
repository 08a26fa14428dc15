package io.stormcenter.workbench.ui;

/** Starts the JavaFX application; a plain class so the shaded jar runs on the classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.err.println("the workbench window is not built yet");
    }
}
