package io.stormcenter.workbench.ui;

import java.util.List;
import javafx.application.Application;

/**
 * Starts the JavaFX application; a plain class (not an {@code Application}) so the shaded jar
 * runs on the classpath. With {@code --snapshot} it renders headless through Monocle when
 * Monocle is on the classpath, so it works without any display.
 */
public final class Launcher {

    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private Launcher() {
    }

    /** Exit code of bad usage, as the CLI's. */
    public static final int BAD_USAGE = 2;

    /**
     * Opens the window and returns when it closes: 0, or {@link #BAD_USAGE} (with the reason on
     * standard error) when the arguments are wrong and no window opened.
     *
     * @param commands the CLI's command names, named in the error for a word that is not one
     */
    public static int launch(String[] args, List<String> commands) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), commands);
        } catch (LaunchOptions.UsageError e) {
            System.err.println("ksc: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            return BAD_USAGE;
        }
        if (options.snapshot() != null && System.getProperty("glass.platform") == null && monocleAvailable()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", options.width() + "x" + options.height() + "-32");
        }
        Application.launch(WorkbenchApp.class, args);
        return 0;
    }

    private static boolean monocleAvailable() {
        try {
            Class.forName(MONOCLE, false, Launcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            // absent, or present but shut out of javafx.graphics (a module path without the exports)
            return false;
        }
    }
}
