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

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("ksc: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            return;
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
