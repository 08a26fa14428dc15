package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * How the user left the window (size and place, side panels, theme), kept in a small properties file so the
 * next start looks the same. Settings are a convenience: a missing or damaged file gives the
 * defaults, and a failure to save leaves the work alone and is reported once on stderr.
 */
public final class WorkbenchSettings {

    /** Smaller than this, a remembered window is a mistake, not a choice. */
    private static final double MIN_WINDOW = 200;

    private final Path file;
    private final Properties values = new Properties();
    private boolean saveFailureReported;

    private WorkbenchSettings(Path file) {
        this.file = file;
    }

    public static WorkbenchSettings load(Path file) {
        WorkbenchSettings settings = new WorkbenchSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException damaged) {
                settings.values.clear();
            }
        }
        return settings;
    }

    /**
     * Gives the property its remembered value (or keeps its own when none is remembered) and
     * remembers every later change.
     */
    public void keep(String key, BooleanProperty property) {
        String remembered = values.getProperty(key);
        if ("true".equals(remembered) || "false".equals(remembered)) {
            property.set(Boolean.parseBoolean(remembered));
        }
        property.addListener((obs, old, now) -> {
            values.setProperty(key, Boolean.toString(now));
            save();
        });
    }

    /**
     * Gives the width its remembered value (a positive number of pixels; else the property keeps
     * its own) and remembers the last width it had; that is saved with the window's place when the
     * window closes, not at every step of a dragged divider.
     */
    public void keepWidth(String key, DoubleProperty property) {
        double remembered = number(key);
        if (remembered > 0) {
            property.set(remembered);
        }
        property.addListener((obs, old, now) -> {
            if (now.doubleValue() > 0) {
                values.setProperty(key, Long.toString(Math.round(now.doubleValue())));
            }
        });
    }

    /**
     * Puts the window where it was last closed, at that size (when that place is still on a
     * screen), and remembers where it is when it closes.
     */
    public void keepWindow(Stage stage) {
        double x = number("window.x");
        double y = number("window.y");
        double width = number("window.width");
        double height = number("window.height");
        if (width >= MIN_WINDOW && height >= MIN_WINDOW
                && !Screen.getScreensForRectangle(x, y, width, height).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized("true".equals(values.getProperty("window.maximized")));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            values.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) { // a maximised window keeps the size it returns to
                values.setProperty("window.x", Long.toString(Math.round(stage.getX())));
                values.setProperty("window.y", Long.toString(Math.round(stage.getY())));
                values.setProperty("window.width", Long.toString(Math.round(stage.getWidth())));
                values.setProperty("window.height", Long.toString(Math.round(stage.getHeight())));
            }
            save();
        });
    }

    private double number(String key) {
        try {
            return Double.parseDouble(values.getProperty(key, "NaN"));
        } catch (NumberFormatException damaged) {
            return Double.NaN;
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            values.store(text, "KSC Workbench settings");
            AtomicFileWrite.replaceWithoutBackup(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (!saveFailureReported) {
                saveFailureReported = true;
                System.err.println("warning: could not save the window settings to " + file + ": " + e.getMessage());
            }
        }
    }
}
